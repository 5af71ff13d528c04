import { testDatabaseKind } from "@free-city/db/testing";
import { processPhoto } from "@free-city/photos";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import {
  callerFor,
  expectRefused,
  mapVenuePostcode,
  outbox,
  useTestPhotoStorage,
  useTestWorld,
  venueFields,
} from "../../test/setup.ts";
import { addListingPhoto } from "./add-listing-photo.ts";
import { isPublicPhotoHash, listLiveVenuePhotos } from "./public-photos.ts";

describe(`venue photos through moderation (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  const storage = useTestPhotoStorage("fc-venue-photos-");
  beforeAll(() => mapVenuePostcode(world));

  const picture = async (colour: string) =>
    processPhoto(
      await sharp({ create: { width: 400, height: 300, channels: 3, background: colour } })
        .jpeg()
        .toBuffer(),
    );
  const actor = () => ({ id: world.partner.id, label: world.partner.email });
  const details = (altText: string) => ({ altText, caption: "", people: "NONE" as const });
  const partner = () => callerFor(world.db, world.partner);
  const moderator = () => callerFor(world.db, world.moderator);

  async function newVenue(name: string) {
    const { id } = await partner().venue.create({ organisationId: world.org.id, ...venueFields(world, { name }) });
    return { organisationId: world.org.id, venueId: id };
  }
  async function add(ref: { organisationId: string; venueId: string }, altText: string, colour: string) {
    const processed = await picture(colour);
    const added = await addListingPhoto(world.db, storage, actor(), { ...ref, details: details(altText) }, processed);
    return { ...added, hash: processed.hash };
  }
  const live = async (venueId: string) => (await listLiveVenuePhotos(world.db, venueId)).map((p) => p.altText);

  it("a new venue's photos are checked with it: one turned down, the rest public once approved", async () => {
    const ref = await newVenue("Photo hall");
    const hall = await add(ref, "The front door with a ramp", "#a33");
    const room = await add(ref, "A big room with tables", "#3a3");
    // Not approved yet: nothing public, not even by its address.
    expect(await live(ref.venueId)).toEqual([]);
    expect(await isPublicPhotoHash(world.db, hall.hash)).toBe(false);

    const review = await moderator().photo.reviewPhotos({ venueId: ref.venueId });
    expect(review).toMatchObject({ canDecide: true, canReject: true, removed: [] });
    expect(review.photos.map((p) => [p.altText, p.change, p.isCover])).toEqual([
      ["The front door with a ramp", "added", true],
      ["A big room with tables", "added", false],
    ]);
    // Partners can't turn photos down, not even their own organisation's.
    await expectRefused(
      partner().photo.reject({ venueId: ref.venueId, photoId: room.photoId, reason: "x" }),
      "FORBIDDEN",
    );
    await moderator().photo.reject({ venueId: ref.venueId, photoId: room.photoId, reason: "A name badge shows." });
    await moderator().review.decideVenue({ venueId: ref.venueId, outcome: "APPROVED", reason: "" });

    expect(await live(ref.venueId)).toEqual(["The front door with a ramp"]);
    expect(await isPublicPhotoHash(world.db, hall.hash)).toBe(true);
    expect(await isPublicPhotoHash(world.db, room.hash)).toBe(false);
    const list = await partner().photo.listingPhotos(ref);
    expect(list.photos.map((p) => p.altText)).toEqual(["The front door with a ramp"]);
    expect(list.turnedDown).toEqual([
      expect.objectContaining({ altText: "A big room with tables", reason: "A name badge shows.", takenDown: false }),
    ]);
    const audit = await world.db.auditEvent.findFirst({
      where: { action: "venue.photo_rejected", entityId: ref.venueId },
    });
    expect(audit?.actorId).toBe(world.moderator.id);
  });

  it("a change to an approved venue's photos waits for review while the approved photos show", async () => {
    const ref = await newVenue("Change hall");
    const old = await add(ref, "The old sign", "#33a");
    await moderator().review.decideVenue({ venueId: ref.venueId, outcome: "APPROVED", reason: "" });
    expect(await live(ref.venueId)).toEqual(["The old sign"]);
    // No change yet: the approved photos can't be turned down, only taken down.
    await expectRefused(
      moderator().photo.reject({ venueId: ref.venueId, photoId: old.photoId, reason: "No." }),
      "CONFLICT",
      "ALREADY_DECIDED",
    );

    // A new photo, made the cover; the old one removed. The approved photo stays public meanwhile.
    const fresh = await add(ref, "The new sign over the door", "#aa3");
    await partner().photo.arrange({ ...ref, photoId: fresh.photoId, action: "cover" });
    await partner().photo.arrange({ ...ref, photoId: old.photoId, action: "remove" });
    expect(await live(ref.venueId)).toEqual(["The old sign"]);
    expect(await isPublicPhotoHash(world.db, fresh.hash)).toBe(false);
    const mine = await partner().photo.listingPhotos(ref);
    expect(mine).toMatchObject({ kind: "venue", changeWaiting: true, inReview: false });
    expect(mine.photos.map((p) => [p.altText, p.isCover])).toEqual([["The new sign over the door", true]]);

    // Saving the details unchanged keeps the photo change waiting.
    await partner().venue.update({ ...ref, ...venueFields(world, { name: "Change hall" }) });
    const queue = await moderator().review.queue({ kind: "venue" });
    expect(queue.find((i) => i.id === ref.venueId)?.title).toBe("Changes to Change hall");
    const venueReview = await moderator().review.venue({ venueId: ref.venueId });
    expect(venueReview).toMatchObject({ isChange: true, changes: [] });
    const review = await moderator().photo.reviewPhotos({ venueId: ref.venueId });
    expect(review.photos.map((p) => [p.altText, p.change])).toEqual([["The new sign over the door", "added"]]);
    expect(review.removed.map((p) => p.altText)).toEqual(["The old sign"]);

    await moderator().review.decideVenue({ venueId: ref.venueId, outcome: "APPROVED", reason: "" });
    expect(await live(ref.venueId)).toEqual(["The new sign over the door"]);
    expect(await isPublicPhotoHash(world.db, old.hash)).toBe(false);
    expect(await world.db.venue.findUniqueOrThrow({ where: { id: ref.venueId } })).toMatchObject({
      photoChangesPending: false,
      changesSubmittedAt: null,
    });

    // Moved and then rejected: the pending photos go, the approved ones stay as they were.
    const third = await add(ref, "Bikes parked outside", "#3aa");
    await partner().photo.arrange({ ...ref, photoId: third.photoId, action: "up" });
    const moved = await moderator().photo.reviewPhotos({ venueId: ref.venueId });
    expect(moved.photos.map((p) => [p.altText, p.change])).toEqual([
      ["Bikes parked outside", "added"],
      ["The new sign over the door", "moved"],
    ]);
    await moderator().review.decideVenue({ venueId: ref.venueId, outcome: "REJECTED", reason: "Blurry." });
    expect(await live(ref.venueId)).toEqual(["The new sign over the door"]);
    expect(await world.db.listingPhoto.count({ where: { venueId: ref.venueId, pending: true } })).toBe(0);

    // Every photo removed is a change too: approved, the venue has none.
    await partner().photo.arrange({ ...ref, photoId: fresh.photoId, action: "remove" });
    expect(await live(ref.venueId)).toEqual(["The new sign over the door"]);
    await moderator().review.decideVenue({ venueId: ref.venueId, outcome: "APPROVED", reason: "" });
    expect(await live(ref.venueId)).toEqual([]);
  });

  it("staff take a venue photo down at once; the owners are emailed a link to the venue's photos", async () => {
    const ref = await newVenue("Take down hall");
    const photo = await add(ref, "The hall from the park", "#a3a");
    await moderator().review.decideVenue({ venueId: ref.venueId, outcome: "APPROVED", reason: "" });
    expect(await live(ref.venueId)).toEqual(["The hall from the park"]);
    await moderator().photo.takeDown({ photoId: photo.photoId, reason: "Reported: a car's number plate shows." });
    expect(await live(ref.venueId)).toEqual([]);
    expect(await isPublicPhotoHash(world.db, photo.hash)).toBe(false);
    const audit = await world.db.auditEvent.findFirst({ where: { action: "photo.taken_down", entityId: ref.venueId } });
    expect(audit).toMatchObject({ entityType: "venue", actorId: world.moderator.id });
    const mail = (await outbox(world.db, world.partner.email)).find(
      (m) => m.subject === "Photo taken down: Take down hall",
    );
    expect(mail?.text).toContain("Reported: a car's number plate shows.");
    expect(mail?.text).toContain(`/venues/${ref.venueId}/photos`);
    // The partner sees why; a new change starts without it.
    const list = await partner().photo.listingPhotos(ref);
    expect(list.photos).toEqual([]);
    expect(list.turnedDown).toEqual([expect.objectContaining({ takenDown: true })]);
  });

  it("refuses another organisation, a seventh photo and an archived venue", async () => {
    const ref = await newVenue("Full hall");
    const other = callerFor(world.db, world.otherPartner);
    await expectRefused(other.photo.checkUpload(ref), "NOT_FOUND");
    await expectRefused(other.photo.listingPhotos(ref), "NOT_FOUND");
    for (let i = 0; i < 6; i++) await add(ref, `Room ${i + 1}`, `#${i}${i}${i}`);
    await expectRefused(partner().photo.checkUpload(ref), "BAD_REQUEST", "PHOTO_LIMIT");
    const first = (await partner().photo.listingPhotos(ref)).photos[0]!;
    await expectRefused(other.photo.arrange({ ...ref, photoId: first.photoId, action: "remove" }), "NOT_FOUND");
    // Exactly one of offer and venue.
    await expectRefused(partner().photo.checkUpload({ ...ref, offerId: first.photoId } as typeof ref), "BAD_REQUEST");
    await partner().venue.archive(ref);
    await expectRefused(partner().photo.checkUpload(ref), "CONFLICT", "INVALID_TRANSITION");
    await expectRefused(partner().photo.arrange({ ...ref, photoId: first.photoId, action: "up" }), "CONFLICT");
  });
});
