import { testDatabaseKind } from "@free-city/db/testing";
import { type ProcessedPhoto, processPhoto } from "@free-city/photos";
import { parseCrontab } from "graphile-worker";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { jobTasks, SCHEDULE } from "../../jobs/worker.ts";
import { callerFor, fillAllSections, useTestPhotoStorage, useTestWorld } from "../../test/setup.ts";
import { restoreOfferVersion } from "../review/restore-offer-version.ts";
import { addListingPhoto } from "./add-listing-photo.ts";
import { removeUnusedPhotos } from "./remove-unused-photos.ts";

const DAY = 24 * 60 * 60 * 1000;

describe(`the photo-files job (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  const storage = useTestPhotoStorage("fc-photo-files-");

  const picture = async (colour: string) =>
    processPhoto(
      await sharp({ create: { width: 360, height: 240, channels: 3, background: colour } })
        .jpeg()
        .toBuffer(),
    );
  const actor = () => ({ id: world.partner.id, label: world.partner.email });
  const stored = async (photo: ProcessedPhoto) => {
    let n = 0;
    for (const f of photo.files) if (await storage.get(`photos/${photo.hash}/${f.width}.${f.format}`)) n++;
    return n;
  };

  /** A live offer whose live revision has these photos. */
  async function liveOffer(title: string, photos: ProcessedPhoto[]) {
    const partner = callerFor(world.db, world.partner);
    const moderator = callerFor(world.db, world.moderator);
    const offer = await partner.offer.create({ organisationId: world.org.id, title });
    await fillAllSections(world, offer.id, { ...world.content, title });
    const ref = { organisationId: world.org.id, offerId: offer.id };
    const ids: string[] = [];
    for (const [i, photo] of photos.entries()) {
      const details = { altText: `Picture ${i + 1} of ${title}`, caption: "", people: "NONE" as const };
      ids.push((await addListingPhoto(world.db, storage, actor(), { ...ref, details }, photo)).photoId);
    }
    const { revisionId } = await partner.offer.submit(ref);
    await moderator.offer.decide({ revisionId, outcome: "APPROVED", reason: "" });
    return { ref, ids, revisionId };
  }

  it("deletes a removed photo's rows and files after the grace period, and never a photo in use", async () => {
    const partner = callerFor(world.db, world.partner);
    const moderator = callerFor(world.db, world.moderator);
    const kept = await picture("#c00");
    const removed = await picture("#0a0");
    const { ref, ids, revisionId: firstVersion } = await liveOffer("Paint club", [kept, removed]);
    const now = new Date();

    // Nothing unused yet: both photos are live.
    expect(await removeUnusedPhotos(world.db, storage, { now })).toEqual({ marked: 0, kept: 0, deleted: 0, files: 0 });

    // The partner removes one in a change; while it waits, the live version still uses it.
    await partner.photo.arrange({ ...ref, photoId: ids[1]!, action: "remove" });
    expect((await removeUnusedPhotos(world.db, storage, { now })).marked).toBe(0);
    const { revisionId } = await partner.offer.submit(ref);
    expect((await removeUnusedPhotos(world.db, storage, { now })).marked).toBe(0);
    await moderator.offer.decide({ revisionId, outcome: "APPROVED", reason: "" });

    // Approved: only an old version has it now. Marked, files kept for the grace period.
    expect((await removeUnusedPhotos(world.db, storage, { now })).marked).toBe(1);
    const six = await removeUnusedPhotos(world.db, storage, { now: new Date(now.getTime() + 6 * DAY) });
    expect(six).toEqual({ marked: 0, kept: 0, deleted: 0, files: 0 });
    expect(await stored(removed)).toBe(removed.files.length);

    // Brought back within the grace period (restoring the first version): in use again.
    await restoreOfferVersion(
      world.db,
      { id: world.moderator.id, label: world.moderator.email },
      {
        offerId: ref.offerId,
        revisionId: firstVersion,
      },
    );
    expect((await removeUnusedPhotos(world.db, storage, { now: new Date(now.getTime() + 6 * DAY) })).kept).toBe(1);
    expect(await world.db.photo.count({ where: { unreferencedSince: { not: null } } })).toBe(0);
    // The restored version is withdrawn... by approving a version without it again.
    const restored = await world.db.offerRevision.findFirstOrThrow({
      where: { offerId: ref.offerId },
      orderBy: { number: "desc" },
    });
    await moderator.offer.decide({ revisionId: restored.id, outcome: "REJECTED", reason: "Keep the newer one" });
    // A rejected latest revision can still be sent again with its photos: kept.
    expect((await removeUnusedPhotos(world.db, storage, { now })).marked).toBe(0);
  });

  it("deletes the photos of an archived offer after the grace period, but not files another photo shares", async () => {
    const partner = callerFor(world.db, world.partner);
    const own = await picture("#00c");
    const shared = await picture("#fc0");
    const archived = await liveOffer("Old club", [own, shared]);
    await liveOffer("New club", [shared]); // the same picture, uploaded again for another offer
    const now = new Date();
    await partner.offer.archive(archived.ref);

    expect((await removeUnusedPhotos(world.db, storage, { now })).marked).toBe(2);
    expect(await stored(own)).toBe(own.files.length);
    const later = await removeUnusedPhotos(world.db, storage, { now: new Date(now.getTime() + 8 * DAY) });
    expect(later).toEqual({ marked: 0, kept: 0, deleted: 2, files: own.files.length });
    expect(await stored(own)).toBe(0);
    expect(await world.db.photo.count({ where: { hash: own.hash } })).toBe(0);
    // The other offer's copy of the shared picture keeps its files and shows on the portal.
    expect(await world.db.photo.count({ where: { hash: shared.hash } })).toBe(1);
    expect(await stored(shared)).toBe(shared.files.length);
    // Idempotent: nothing more to do.
    expect(await removeUnusedPhotos(world.db, storage, { now: new Date(now.getTime() + 9 * DAY) })).toEqual({
      marked: 0,
      kept: 0,
      deleted: 0,
      files: 0,
    });
  });

  it("deletes a photo taken down by staff after the grace period", async () => {
    const gone = await picture("#808");
    const { ids } = await liveOffer("Drop-in", [gone]);
    const staff = callerFor(world.db, world.moderator);
    await staff.photo.takeDown({ photoId: ids[0]!, reason: "A child's school badge shows." });
    const now = new Date();
    expect((await removeUnusedPhotos(world.db, storage, { now })).marked).toBe(1);
    expect((await removeUnusedPhotos(world.db, storage, { now: new Date(now.getTime() + 8 * DAY) })).files).toBe(
      gone.files.length,
    );
    expect(await stored(gone)).toBe(0);
  });

  it("is on the worker's schedule, daily, with storage from its dependencies", async () => {
    expect(parseCrontab(SCHEDULE).map((item) => item.task)).toContain("photo-files");
    const gone = await picture("#088");
    const { ref } = await liveOffer("Closing club", [gone]);
    await callerFor(world.db, world.partner).offer.archive(ref);
    await world.db.photo.updateMany({
      where: { hash: gone.hash },
      data: { unreferencedSince: new Date(Date.now() - 8 * DAY) },
    });
    const lines: string[] = [];
    const task = jobTasks({
      db: world.db,
      mailer: { send: async () => {}, outbox: true },
      links: { adminUrl: "http://localhost:3001", portalUrl: "http://localhost:3000" },
      photoStorage: storage,
      log: (line) => lines.push(line),
    })["photo-files"];
    await task?.({}, {} as never);
    expect(await stored(gone)).toBe(0);
    expect(lines.join("\n")).toMatch(/1 unused for \d+ days deleted/);
  });

  it("keeps an unused photo for the grace period the job is given (FREE_CITY_PHOTO_GRACE_DAYS), and no longer", async () => {
    const gone = await picture("#880");
    const { ref } = await liveOffer("Short grace club", [gone]);
    await callerFor(world.db, world.partner).offer.archive(ref);
    const now = new Date();
    expect((await removeUnusedPhotos(world.db, storage, { now, graceDays: 2 })).marked).toBe(1);
    await world.db.photo.updateMany({
      where: { hash: gone.hash },
      data: { unreferencedSince: new Date(now.getTime() - 3 * DAY) },
    });
    const run = async (photoGraceDays?: number) => {
      const lines: string[] = [];
      const task = jobTasks({
        db: world.db,
        mailer: { send: async () => {}, outbox: true },
        links: { adminUrl: "http://localhost:3001", portalUrl: "http://localhost:3000" },
        photoStorage: storage,
        photoGraceDays,
        log: (line) => lines.push(line),
      })["photo-files"];
      await task?.({}, {} as never);
      return lines.join("\n");
    };
    // Unused for 3 days: a 7-day (the default) and a 4-day grace period keep it; a 2-day one doesn't.
    await run(7);
    await run(4);
    expect(await stored(gone)).toBe(gone.files.length);
    expect(await world.db.photo.count({ where: { hash: gone.hash } })).toBe(1);
    expect(await run(2)).toMatch(/1 unused for 2 days deleted/);
    expect(await stored(gone)).toBe(0);
    expect(await world.db.photo.count({ where: { hash: gone.hash } })).toBe(0);
  });
});
