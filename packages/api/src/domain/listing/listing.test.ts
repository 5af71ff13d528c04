import {
  makeDistrict,
  makeOfferRow,
  makeOrganisation,
  makeUser,
  makeVenue,
  testDatabaseKind,
} from "@free-city/db/testing";
import type { OfferContent } from "@free-city/schemas";
import { describe, expect, it } from "vitest";
import {
  callerFor,
  expectRefused,
  makeChangesRequestedOffer,
  makeLiveOffer,
  makeSubmittedOffer,
  saveBasics,
  useTestWorld,
} from "../../test/setup.ts";
import { offerCardSelect, publicOffersAt, toOfferCard } from "./public-shapes.ts";

describe(`public listing pages (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  const publicApi = () => callerFor(world.db, null);

  /** An offer taken through the real lifecycle: created, filled in, submitted, approved. */
  const liveOffer = (title: string, overrides: Partial<OfferContent> = {}) => makeLiveOffer(world, title, overrides);

  async function draftOffer(title: string) {
    return callerFor(world.db, world.partner).offer.create({ organisationId: world.org.id, title });
  }

  const submittedOffer = (title: string) => makeSubmittedOffer(world, title);

  describe("offer page", () => {
    it("shows the approved content while an edit waits in review, and nothing internal", async () => {
      const offer = await liveOffer("Junior chess club", { summary: "Learn chess with friendly coaches." });
      const partner = callerFor(world.db, world.partner);
      const ref = { organisationId: world.org.id, offerId: offer.id };
      await saveBasics(world, ref, { title: "Pending chess title", summary: "Pending summary nobody has checked." });
      await partner.offer.submit(ref);

      const page = await publicApi().listing.offer({ slug: offer.slug });
      expect(page).toMatchObject({
        slug: offer.slug,
        title: "Junior chess club",
        summary: "Learn chess with friendly coaches.",
        organisation: { name: world.org.name },
      });
      expect(page.venues.map((v) => v.slug)).toEqual([world.venue.slug]);
      expect(page.categories.map((c) => c.slug)).toEqual([world.category.slug]);
      expect(page.schedules).toHaveLength(1);
      expect(page.lastConfirmedAt).toBeInstanceOf(Date);

      const json = JSON.stringify(page);
      expect(json).not.toContain("Pending");
      for (const internal of [
        "organisationId",
        "liveRevisionId",
        "revisions",
        "status",
        "createdById",
        "suspendedReason",
        "publicEmail",
        "reminderSentAt",
      ]) {
        expect(json, `${internal} must not reach the portal`).not.toContain(`"${internal}"`);
      }
    });

    it.each(["draft", "in review", "changes requested", "expired", "archived"] as const)(
      "gives NOT_FOUND for a %s offer",
      async (state) => {
        let slug: string;
        if (state === "draft") {
          slug = (await draftOffer(`Draft ${state}`)).slug;
        } else if (state === "in review") {
          slug = (await submittedOffer(`Offer ${state}`)).offer.slug;
        } else if (state === "changes requested") {
          slug = (await makeChangesRequestedOffer(world, `Offer ${state}`, "Add a date.")).offer.slug;
        } else {
          const offer = await liveOffer(`Offer ${state}`);
          await world.db.offer.update({
            where: { id: offer.id },
            data:
              state === "expired"
                ? { status: "EXPIRED", expiredAt: new Date() }
                : { status: "ARCHIVED", archivedAt: new Date() },
          });
          slug = offer.slug;
        }
        await expectRefused(publicApi().listing.offer({ slug }), "NOT_FOUND", "NOT_FOUND");
      },
    );

    it("gives NOT_FOUND for a live offer of a suspended organisation, and for its venue", async () => {
      const owner = await makeUser(world.db);
      const org = await makeOrganisation(world.db, { members: [{ userId: owner.id }] });
      const venue = await makeVenue(world.db, org.id, world.district.id);
      const offer = await makeOfferRow(world.db, org.id, {
        title: "Soon suspended",
        venues: { create: { venueId: venue.id } },
      });
      await expect(publicApi().listing.offer({ slug: offer.slug })).resolves.toMatchObject({ title: "Soon suspended" });

      await world.db.organisation.update({
        where: { id: org.id },
        data: { suspendedAt: new Date(), suspendedReason: "Checking a complaint" },
      });
      await expectRefused(publicApi().listing.offer({ slug: offer.slug }), "NOT_FOUND", "NOT_FOUND");
      await expectRefused(publicApi().listing.venue({ slug: venue.slug }), "NOT_FOUND", "NOT_FOUND");
    });

    it("lists only approved venues of a live offer", async () => {
      const pending = await makeVenue(world.db, world.org.id, world.district.id);
      await world.db.venue.update({ where: { id: pending.id }, data: { status: "PENDING" } });
      const offer = await liveOffer("Two-venue art club", { venueIds: [world.venue.id, pending.id] });
      const page = await publicApi().listing.offer({ slug: offer.slug });
      expect(page.venues.map((v) => v.slug)).toEqual([world.venue.slug]);
    });

    it("gives NOT_FOUND for an unknown slug and refuses malformed or extra input", async () => {
      await expectRefused(publicApi().listing.offer({ slug: "no-such-offer" }), "NOT_FOUND", "NOT_FOUND");
      await expectRefused(publicApi().listing.offer({ slug: "Not A Slug!" }), "BAD_REQUEST");
      await expectRefused(publicApi().listing.offer({ slug: "x", status: "DRAFT" } as never), "BAD_REQUEST");
    });
  });

  describe("venue page", () => {
    it("shows an approved venue with only its live offers", async () => {
      const venue = await makeVenue(world.db, world.org.id, world.district.id);
      await world.db.venue.update({
        where: { id: venue.id },
        data: { openingHours: [{ day: 1, opens: "10:00", closes: "18:00" }], openingNotes: "Closed on bank holidays." },
      });
      const live = await liveOffer("Venue page live offer", { venueIds: [venue.id] });
      const expired = await liveOffer("Venue page expired offer", { venueIds: [venue.id] });
      await world.db.offer.update({ where: { id: expired.id }, data: { status: "EXPIRED" } });
      const waiting = await submittedOffer("Venue page waiting offer");
      await world.db.offerVenue.create({ data: { offerId: waiting.offer.id, venueId: venue.id } });

      const page = await publicApi().listing.venue({ slug: venue.slug });
      expect(page).toMatchObject({
        slug: venue.slug,
        name: venue.name,
        organisation: { name: world.org.name },
        openingNotes: "Closed on bank holidays.",
      });
      expect(page.openingHours).toEqual([{ day: 1, opens: "10:00", closes: "18:00" }]);
      expect(page.offers.map((o) => o.slug)).toEqual([live.slug]);
      expect(JSON.stringify(page)).not.toContain('"organisationId"');
    });

    it("gives NOT_FOUND for a venue waiting for staff to check it", async () => {
      const venue = await makeVenue(world.db, world.org.id, world.district.id);
      await world.db.venue.update({ where: { id: venue.id }, data: { status: "PENDING" } });
      await expectRefused(publicApi().listing.venue({ slug: venue.slug }), "NOT_FOUND", "NOT_FOUND");
    });

    it("shows no opening hours, rather than an error, when the stored value is malformed", async () => {
      const venue = await makeVenue(world.db, world.org.id, world.district.id);
      await world.db.venue.update({ where: { id: venue.id }, data: { openingHours: { monday: "all day" } } });
      await expect(publicApi().listing.venue({ slug: venue.slug })).resolves.toMatchObject({ openingHours: [] });
    });
  });

  describe("district page", () => {
    it("groups live offers at public venues by top-level category, in the council's order, with counts", async () => {
      const db = world.db;
      const district = await makeDistrict(db);
      const venue = await makeVenue(db, world.org.id, district.id);
      const elsewhere = await makeVenue(db, world.org.id, world.district.id);
      const sport = await db.category.create({ data: { slug: "t-sport", name: "Sport", position: 1 } });
      const football = await db.category.create({ data: { slug: "t-football", name: "Football", parentId: sport.id } });
      const swimming = await db.category.create({ data: { slug: "t-swimming", name: "Swimming", parentId: sport.id } });
      const arts = await db.category.create({ data: { slug: "t-arts", name: "Arts", position: 0 } });

      const kickabout = await liveOffer("Kickabout", { venueIds: [venue.id], categoryIds: [football.id] });
      const swim = await liveOffer("Swim squad", { venueIds: [venue.id], categoryIds: [swimming.id, football.id] });
      const dance = await liveOffer("Dance and football", {
        venueIds: [venue.id],
        categoryIds: [arts.id, football.id],
      });
      await liveOffer("In another district", { venueIds: [elsewhere.id], categoryIds: [football.id] });
      const hidden = await liveOffer("Archived football", { venueIds: [venue.id], categoryIds: [football.id] });
      await db.offer.update({ where: { id: hidden.id }, data: { status: "ARCHIVED" } });
      // Written straight to the table: the task list would not let a partner leave out categories.
      await makeOfferRow(db, world.org.id, { title: "Uncategorised", venues: { create: { venueId: venue.id } } });

      const page = await publicApi().listing.district({ slug: district.slug });
      expect(page.district).toEqual({ slug: district.slug, name: district.name, summary: "" });
      expect(page.totalOffers).toBe(4);
      expect(page.groups.map((g) => [g.category?.name, g.count, g.offers.map((o) => o.title)])).toEqual([
        ["Arts", 1, ["Dance and football"]],
        // Sub-categories roll up to their top-level category; each offer appears once in it.
        ["Sport", 3, ["Dance and football", "Kickabout", "Swim squad"]],
        [undefined, 1, ["Uncategorised"]],
      ]);
      expect(
        [kickabout, swim, dance].every((o) => page.groups.some((g) => g.offers.some((c) => c.slug === o.slug))),
      ).toBe(true);
    });

    it("lists a kind of activity's first 12 offers by title, and counts them all", async () => {
      const db = world.db;
      const district = await makeDistrict(db);
      const venue = await makeVenue(db, world.org.id, district.id);
      const crafts = await db.category.create({ data: { slug: "t-crafts", name: "Crafts", position: 5 } });
      // Written straight to the table (15 live offers through the lifecycle would only be slower).
      for (let i = 1; i <= 15; i++)
        await makeOfferRow(db, world.org.id, {
          title: `Craft club ${String(i).padStart(2, "0")}`,
          venues: { create: { venueId: venue.id } },
          categories: { create: { categoryId: crafts.id } },
        });
      const page = await publicApi().listing.district({ slug: district.slug });
      expect(page.totalOffers).toBe(15);
      const [group] = page.groups;
      expect(group?.count).toBe(15);
      expect(group?.offers.map((o) => o.title)).toEqual(
        Array.from({ length: 12 }, (_, i) => `Craft club ${String(i + 1).padStart(2, "0")}`),
      );
    });

    it("counts an offer at two of its venues once, an offer under two kinds in both, and never a hidden one", async () => {
      const db = world.db;
      const district = await makeDistrict(db);
      const [first, second] = [
        await makeVenue(db, world.org.id, district.id),
        await makeVenue(db, world.org.id, district.id),
      ];
      const pending = await makeVenue(db, world.org.id, district.id);
      await db.venue.update({ where: { id: pending.id }, data: { status: "PENDING" } });
      const suspended = await makeOrganisation(db, { suspended: true });
      // An approved venue of a suspended organisation is not public, so neither are its offers there.
      const suspendedVenue = await makeVenue(db, suspended.id, district.id);
      const games = await db.category.create({ data: { slug: "t-games", name: "Games", position: 1 } });
      const chess = await db.category.create({ data: { slug: "t-chess", name: "Chess", parentId: games.id } });
      const music = await db.category.create({ data: { slug: "t-music", name: "Music", position: 2 } });
      const at = (...venues: { id: string }[]) => ({ venues: { create: venues.map((v) => ({ venueId: v.id })) } });
      const under = (...categories: { id: string }[]) => ({
        categories: { create: categories.map((c) => ({ categoryId: c.id })) },
      });

      // Two venues in the district, and a category and its sub-category: once in Games.
      await makeOfferRow(db, world.org.id, { title: "A chess club", ...at(first, second), ...under(games, chess) });
      await makeOfferRow(db, world.org.id, { title: "B board game songs", ...at(second), ...under(chess, music) });
      await makeOfferRow(db, world.org.id, { title: "C drop-in", ...at(first) });
      await makeOfferRow(db, world.org.id, { title: "Archived", status: "ARCHIVED", ...at(first), ...under(games) });
      await makeOfferRow(db, world.org.id, { title: "In review", status: "IN_REVIEW", ...at(first), ...under(music) });
      await makeOfferRow(db, suspended.id, { title: "Suspended", ...at(first), ...under(games) });
      await makeOfferRow(db, world.org.id, { title: "Pending venue", ...at(pending), ...under(games) });
      await makeOfferRow(db, world.org.id, { title: "Suspended venue", ...at(suspendedVenue), ...under(music) });

      const page = await publicApi().listing.district({ slug: district.slug });
      expect(page.totalOffers).toBe(3);
      expect(page.groups.map((g) => [g.category?.name, g.count, g.offers.map((o) => o.title)])).toEqual([
        ["Games", 2, ["A chess club", "B board game songs"]],
        ["Music", 1, ["B board game songs"]],
        [undefined, 1, ["C drop-in"]],
      ]);
      // The same as the Prisma filters the statement replaced.
      const inDistrict = publicOffersAt({ districtId: district.id });
      expect(page.totalOffers).toBe(await db.offer.count({ where: inDistrict }));
      for (const [top, group] of [games, music].map((c, i) => [c, page.groups[i]] as const)) {
        const where = {
          AND: [inDistrict, { categories: { some: { category: { OR: [{ id: top.id }, { parentId: top.id }] } } } }],
        };
        expect(group?.count).toBe(await db.offer.count({ where }));
      }
      // A card is the same as the one Prisma selects.
      const [card] = await db.offer.findMany({ where: { title: "A chess club" }, select: offerCardSelect });
      expect(page.groups[0]?.offers[0]).toEqual(card && toOfferCard(card));
    });

    it("gives NOT_FOUND for an unknown district", async () => {
      await expectRefused(publicApi().listing.district({ slug: "atlantis" }), "NOT_FOUND", "NOT_FOUND");
    });
  });
});
