import { testDatabaseKind } from "@free-city/db/testing";
import { processPhoto } from "@free-city/photos";
import { offerSearchInput } from "@free-city/schemas";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  callerFor,
  expectRefused,
  fillAllSections,
  outbox,
  useTestPhotoStorage,
  useTestWorld,
} from "../../test/setup.ts";
import { searchOffers } from "../search/search-offers.ts";
import { addListingPhoto } from "./add-listing-photo.ts";
import { isPublicPhotoHash, listLiveOfferPhotos } from "./public-photos.ts";

describe(`photos through moderation (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  const storage = useTestPhotoStorage("fc-photos-");

  const picture = (colour: string) =>
    sharp({ create: { width: 400, height: 300, channels: 3, background: colour } })
      .jpeg()
      .toBuffer();
  const actor = () => ({ id: world.partner.id, label: world.partner.email });
  const details = (altText: string) => ({ altText, caption: "", people: "NONE" as const });

  async function liveOffer(title: string, colour = "#c00") {
    const partner = callerFor(world.db, world.partner);
    const moderator = callerFor(world.db, world.moderator);
    const offer = await partner.offer.create({ organisationId: world.org.id, title });
    await fillAllSections(world, offer.id, { ...world.content, title });
    const ref = { organisationId: world.org.id, offerId: offer.id };
    await addListingPhoto(
      world.db,
      storage,
      actor(),
      { ...ref, details: details("A red wall") },
      await processPhoto(await picture(colour)),
    );
    const { revisionId } = await partner.offer.submit(ref);
    await moderator.offer.decide({ revisionId, outcome: "APPROVED", reason: "" });
    return { ref, offerId: offer.id };
  }

  it("keeps the live photos while a change waits; approves one new photo and turns another down", async () => {
    const { ref, offerId } = await liveOffer("Photo club");
    const partner = callerFor(world.db, world.partner);
    const moderator = callerFor(world.db, world.moderator);
    const live = await listLiveOfferPhotos(world.db, offerId);
    expect(live.map((p) => p.altText)).toEqual(["A red wall"]);
    const red = live[0]!;
    expect(await isPublicPhotoHash(world.db, red.hash)).toBe(true);

    // Two new photos (one a partner would send with GPS in it) wait in a draft: not public.
    const green = await processPhoto(await picture("#0a0"));
    const blue = await processPhoto(await picture("#00c"));
    const g = await addListingPhoto(world.db, storage, actor(), { ...ref, details: details("A green pitch") }, green);
    const b = await addListingPhoto(world.db, storage, actor(), { ...ref, details: details("A blue pool") }, blue);
    await partner.photo.arrange({ ...ref, photoId: b.photoId, action: "cover" });
    expect(await isPublicPhotoHash(world.db, green.hash)).toBe(false);
    expect((await listLiveOfferPhotos(world.db, offerId)).map((p) => p.altText)).toEqual(["A red wall"]);
    expect((await storage.get(`photos/${green.hash}/400.jpg`))?.byteLength).toBeGreaterThan(0);

    const { revisionId } = await partner.offer.submit(ref);
    const review = await moderator.photo.reviewPhotos({ revisionId });
    expect(review.photos.map((p) => [p.altText, p.change])).toEqual([
      ["A red wall", "kept"],
      ["A green pitch", "added"],
      ["A blue pool", "added"],
    ]);
    expect(review.photos.map((p) => p.people)).toEqual(["NONE", "NONE", "NONE"]);
    await expectRefused(moderator.photo.reject({ revisionId, photoId: g.photoId, reason: "" }), "BAD_REQUEST");
    await moderator.photo.reject({ revisionId, photoId: g.photoId, reason: "A child's school badge shows." });
    // Partners can't decide on photos.
    await expectRefused(partner.photo.reject({ revisionId, photoId: b.photoId, reason: "x" }), "FORBIDDEN");
    await moderator.offer.decide({ revisionId, outcome: "APPROVED", reason: "" });

    const after = await listLiveOfferPhotos(world.db, offerId);
    expect(after.map((p) => p.altText)).toEqual(["A red wall", "A blue pool"]);
    expect(after.find((p) => p.isCover)?.altText).toBe("A blue pool");
    expect(await isPublicPhotoHash(world.db, green.hash)).toBe(false);
    expect(await isPublicPhotoHash(world.db, blue.hash)).toBe(true);
    const search = await searchOffers(world.db, offerSearchInput.parse({ q: "Photo club" }));
    expect(search.items.find((i) => i.id === offerId)?.cover?.altText).toBe("A blue pool");

    // The partner sees why the green one was turned down, and a new change starts without it.
    const list = await partner.photo.listingPhotos(ref);
    expect(list.turnedDown).toEqual([
      expect.objectContaining({ altText: "A green pitch", reason: "A child's school badge shows." }),
    ]);
    expect(list.photos.map((p) => p.altText)).toEqual(["A red wall", "A blue pool"]);
  });

  it("refuses alt text that only says it is a photo, no consent answer, a seventh photo, and another organisation; keeps a caption", async () => {
    const { ref } = await liveOffer("Alt text club");
    const partner = callerFor(world.db, world.partner);
    const list = await partner.photo.listingPhotos(ref);
    const photoId = list.photos[0]!.photoId;
    for (const altText of ["photo of", "Photo of a", "image", ""]) {
      await expectRefused(partner.photo.edit({ ...ref, photoId, details: details(altText) }), "BAD_REQUEST");
    }
    await partner.photo.edit({ ...ref, photoId, details: details("Photo of a red brick wall in the sun") });
    // A caption is optional and kept; the consent answer is not optional.
    await partner.photo.edit({
      ...ref,
      photoId,
      details: { ...details("A red brick wall"), caption: "Our garden wall, painted by the group" },
    });
    const edited = (await partner.photo.listingPhotos(ref)).photos.find((p) => p.photoId === photoId);
    expect(edited).toMatchObject({ altText: "A red brick wall", caption: "Our garden wall, painted by the group" });
    await expectRefused(
      partner.photo.edit({
        ...ref,
        photoId,
        details: { altText: "A red brick wall", caption: "" } as unknown as ReturnType<typeof details>,
      }),
      "BAD_REQUEST",
    );
    const other = callerFor(world.db, world.otherPartner);
    await expectRefused(other.photo.checkUpload(ref), "NOT_FOUND");
    await expectRefused(other.photo.arrange({ ...ref, photoId, action: "remove" }), "NOT_FOUND");
    for (let i = 0; i < 5; i++) {
      const file = await processPhoto(await picture(`#${i}${i}${i}`));
      await addListingPhoto(world.db, storage, actor(), { ...ref, details: details(`Wall ${i}`) }, file);
    }
    await expectRefused(partner.photo.checkUpload(ref), "BAD_REQUEST", "PHOTO_LIMIT");
  });

  it("staff take a live photo down at once, audited, and the owners are emailed why", async () => {
    const { offerId } = await liveOffer("Take down club", "#c0c");
    const photo = (await listLiveOfferPhotos(world.db, offerId))[0]!;
    const moderator = callerFor(world.db, world.moderator);
    await expectRefused(
      callerFor(world.db, world.partner).photo.takeDown({ photoId: photo.id, reason: "x" }),
      "FORBIDDEN",
    );
    await moderator.photo.takeDown({ photoId: photo.id, reason: "Reported: a child's face can be seen." });
    expect(await listLiveOfferPhotos(world.db, offerId)).toEqual([]);
    expect(await isPublicPhotoHash(world.db, photo.hash)).toBe(false);
    const audit = await world.db.auditEvent.findFirst({ where: { action: "photo.taken_down", entityId: offerId } });
    expect(audit?.actorId).toBe(world.moderator.id);
    const mail = await outbox(world.db, world.partner.email);
    expect(mail.find((m) => m.subject === "Photo taken down: Take down club")?.text).toContain(
      "Reported: a child's face can be seen.",
    );
  });

  it("puts photo reports at the top of the staff queue", async () => {
    const { offerId } = await liveOffer("Report club");
    await world.db.report.create({ data: { offerId, reason: "WRONG_INFORMATION" } });
    await world.db.report.create({ data: { offerId, reason: "PHOTO" } });
    const reports = await callerFor(world.db, world.moderator).moderation.reports({});
    expect(reports.open[0]?.reason).toBe("PHOTO");
  });
});
