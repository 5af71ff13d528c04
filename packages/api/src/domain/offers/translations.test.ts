import { testDatabaseKind } from "@free-city/db/testing";
import { parseOfferSearchParams } from "@free-city/schemas";
import { describe, expect, it } from "vitest";
import { callerFor, expectRefused, makeLiveOffer, useTestWorld } from "../../test/setup.ts";

/**
 * Partners write an offer in one language and may translate its first words (name, summary, how
 * to take it up) into the portal's other languages: a translation is part of the revision, so it
 * waits for review like any other change, and then the search finds the offer by its words.
 */
describe(`offer languages and translations (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  const urdu = {
    title: "ہفتہ کو فٹبال کی مشق",
    summary: "نئے کھلاڑیوں کے لیے مفت فٹبال کوچنگ۔ بس جوتے پہن کر آجائیں۔",
    takeUpNotes: "دس منٹ پہلے پہنچیں۔",
  };
  const search = (q: string) => callerFor(world.db, null).search.offers(parseOfferSearchParams({ q }));

  it("publishes an approved translation, and the search finds the offer by its translated words", async () => {
    const offer = await makeLiveOffer(world, "Translated football", { translations: { ur: urdu } });
    const shown = await callerFor(world.db, null).listing.offer({ slug: offer.slug });
    expect(shown.language).toBe("en");
    expect(shown.translations).toEqual({ ur: urdu });

    const byUrdu = await search("فٹبال");
    expect(byUrdu.items.map((item) => item.slug)).toContain(offer.slug);
    expect(byUrdu.items.find((item) => item.slug === offer.slug)?.translations).toEqual({ ur: urdu });
    // English searches still find it by its English words.
    expect((await search("translated football")).items.map((item) => item.slug)).toContain(offer.slug);
  });

  it("keeps a new translation off the portal and out of the search until a moderator approves it", async () => {
    const offer = await makeLiveOffer(world, "Polish later");
    const partner = callerFor(world.db, world.partner);
    const ref = { organisationId: world.org.id, offerId: offer.id };
    const polish = {
      title: "Zajęcia plastyczne",
      summary: "Bezpłatne zajęcia plastyczne dla dzieci w sobotę rano.",
      takeUpNotes: "",
    };
    await partner.offer.saveSection({
      ...ref,
      section: "languages",
      values: { language: "en", translations: { pl: polish } },
    });
    const { revisionId } = await partner.offer.submit(ref);

    expect((await callerFor(world.db, null).listing.offer({ slug: offer.slug })).translations).toEqual({});
    expect((await search("plastyczne")).items.map((item) => item.slug)).not.toContain(offer.slug);
    const review = await callerFor(world.db, world.moderator).review.revision({ revisionId });
    expect(review.changed).toEqual(["translations"]);

    await callerFor(world.db, world.moderator).offer.decide({ revisionId, outcome: "APPROVED", reason: "" });
    expect((await callerFor(world.db, null).listing.offer({ slug: offer.slug })).translations).toEqual({ pl: polish });
    // unaccent on both sides: typed with or without the Polish letters.
    expect((await search("plastyczne")).items.map((item) => item.slug)).toContain(offer.slug);
    expect((await search("zajecia")).items.map((item) => item.slug)).toContain(offer.slug);
  });

  it("records the language a partner writes in, and refuses a translation into it or one half written", async () => {
    const offer = await makeLiveOffer(world, "Written in Bengali", { language: "bn" });
    expect((await callerFor(world.db, null).listing.offer({ slug: offer.slug })).language).toBe("bn");

    const ref = { organisationId: world.org.id, offerId: offer.id };
    const partner = callerFor(world.db, world.partner);
    const ownLanguage = partner.offer.saveSection({
      ...ref,
      section: "languages",
      values: { language: "bn", translations: { bn: urdu } },
    });
    await expectRefused(ownLanguage, "BAD_REQUEST");
    const halfWritten = await partner.offer
      .saveSection({
        ...ref,
        section: "languages",
        values: { language: "bn", translations: { ur: { title: urdu.title, summary: "", takeUpNotes: "" } } },
      })
      .then(
        () => null,
        (error: { cause?: { issues?: { path: PropertyKey[]; message: string }[] } }) => error.cause?.issues,
      );
    expect(halfWritten?.map((issue) => issue.path.join("."))).toEqual(["values.translations.ur.summary"]);
  });
});
