import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { LocalPhotoStorage, photoKey } from "@free-city/photos";
import { offerContent, photoVariants } from "@free-city/schemas";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseError } from "../errors.ts";
import { SEEDS_DIR } from "../paths.ts";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../testing.ts";
import { loadDemoSeeds, loadReferenceSeeds, runSeed, silentSeedLog } from "./index.ts";

/** Row counts of every table, to prove a second seed changes nothing. */
async function snapshot(test: TestDatabase) {
  const tables = await test.db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const rows = await test.db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table_name}"`);
    counts[table_name] = Number(rows[0]!.n);
  }
  const latest = await test.db.$queryRaw<{ t: Date | null }[]>`SELECT max(updated_at) AS t FROM offer`;
  return { counts, offersUpdatedAt: latest[0]?.t?.toISOString() ?? null };
}

describe(`seeding (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  let uploads: string;
  let photos: { storage: LocalPhotoStorage; cacheFile: string };
  beforeAll(async () => {
    test = await createTestDatabase();
    uploads = await mkdtemp(path.join(os.tmpdir(), "fc-seed-photos-"));
    photos = {
      storage: new LocalPhotoStorage(path.join(uploads, "uploads")),
      cacheFile: path.join(uploads, "demo.json"),
    };
    await runSeed(test.db, { log: silentSeedLog, photos });
  }, 120_000);
  afterAll(async () => {
    await test.close();
    await rm(uploads, { recursive: true, force: true });
  });

  it("loads the city's reference data and demo data of the promised size", async () => {
    const { db } = test;
    expect(await db.district.count()).toBe(10);
    expect(await db.category.count({ where: { parentId: null } })).toBeGreaterThanOrEqual(11);
    expect(await db.contextPage.count()).toBeGreaterThanOrEqual(5);
    expect(await db.organisation.count()).toBeGreaterThanOrEqual(12);
    expect(await db.venue.count()).toBeGreaterThanOrEqual(40);
    expect(await db.offer.count()).toBeGreaterThanOrEqual(150);
    // Venues in every district, offers in every state moderation needs.
    const venueDistricts = await db.venue.groupBy({ by: ["districtId"], _count: true });
    expect(venueDistricts).toHaveLength(10);
    for (const status of ["LIVE", "IN_REVIEW", "CHANGES_REQUESTED", "EXPIRED", "DRAFT"] as const) {
      expect(await db.offer.count({ where: { status } }), status).toBeGreaterThan(0);
    }
    expect(await db.offerRevision.count({ where: { status: "IN_REVIEW", offer: { status: "LIVE" } } })).toBeGreaterThan(
      0,
    );
    for (const email of ["partner@example.org", "partner2@example.org", "moderator@example.org", "admin@example.org"]) {
      expect(await db.user.count({ where: { email } }), email).toBe(1);
    }
    expect((await db.user.findUniqueOrThrow({ where: { email: "admin@example.org" } })).staffRole).toBe("ADMIN");
    expect((await db.user.findUniqueOrThrow({ where: { email: "moderator@example.org" } })).staffRole).toBe(
      "MODERATOR",
    );
    const partnerOrgs = await db.membership.findMany({
      where: { user: { email: { in: ["partner@example.org", "partner2@example.org"] } } },
      select: { organisationId: true, role: true },
    });
    expect(new Set(partnerOrgs.map((m) => m.organisationId)).size).toBe(2);
    expect(partnerOrgs.every((m) => m.role === "OWNER")).toBe(true);
  });

  it("never has a live offer without an approval record, and every snapshot is valid content", async () => {
    const live = await test.db.offer.findMany({
      where: { status: "LIVE" },
      include: { liveRevision: { include: { decision: true } } },
    });
    for (const offer of live) {
      expect(offer.liveRevision?.decision?.outcome, offer.slug).toBe("APPROVED");
      expect(offerContent.safeParse(offer.liveRevision?.content).success, offer.slug).toBe(true);
    }
  });

  it("has something on today and this weekend", async () => {
    const onSaturday = await test.db.offerSchedule.count({ where: { dayOfWeek: 6, offer: { status: "LIVE" } } });
    expect(onSaturday).toBeGreaterThan(5);
    for (let day = 1; day <= 7; day++) {
      expect(
        await test.db.offerSchedule.count({ where: { dayOfWeek: day, offer: { status: "LIVE" } } }),
        `day ${day}`,
      ).toBeGreaterThan(0);
    }
  });

  it("gives most live demo offers a cover photo, and some venues a photo, drawn and stored without metadata", async () => {
    const live = await test.db.offer.findMany({
      where: { status: "LIVE" },
      select: { slug: true, liveRevision: { select: { photos: { select: { isCover: true } } } } },
    });
    const withCover = live.filter((o) => o.liveRevision?.photos.some((p) => p.isCover));
    expect(withCover.length / live.length).toBeGreaterThan(0.75);
    expect(withCover.length).toBeLessThan(live.length); // some keep the category's drawing
    expect(await test.db.listingPhoto.count({ where: { venueId: { not: null }, pending: false } })).toBeGreaterThan(10);
    // An edit waiting for review starts from the live photos, so the review shows no photo change.
    const pending = await test.db.offerRevision.findFirstOrThrow({
      where: { status: "IN_REVIEW", offer: { status: "LIVE", liveRevision: { photos: { some: {} } } } },
      select: {
        photos: { select: { photoId: true } },
        offer: { select: { liveRevision: { select: { photos: true } } } },
      },
    });
    expect(pending.photos.map((p) => p.photoId)).toEqual(pending.offer.liveRevision?.photos.map((p) => p.photoId));
    for (const photo of await test.db.photo.findMany({ distinct: ["hash"] })) {
      for (const variant of photoVariants.parse(photo.variants)) {
        const data = await photos.storage.get(photoKey(photo.hash, variant.width, variant.format));
        expect(data?.byteLength, `${photo.hash} ${variant.width}.${variant.format}`).toBe(variant.bytes);
        const meta = await sharp(data!).metadata();
        expect(meta.exif).toBeUndefined();
        expect(meta.xmp).toBeUndefined();
      }
    }
    for (const row of await test.db.listingPhoto.findMany()) {
      expect(row.altText).toMatch(/^A drawing of /);
      expect(row.people).toBe("NONE");
    }
  });

  it("is idempotent: seeding again changes nothing", async () => {
    const before = await snapshot(test);
    await runSeed(test.db, { log: silentSeedLog, photos });
    expect(await snapshot(test)).toEqual(before);
  });

  it("leaves alone a demo offer whose photos were removed in the demo", async () => {
    const offer = await test.db.offer.findFirstOrThrow({
      where: { status: "LIVE", liveRevision: { photos: { some: {} } } },
      select: { id: true, organisationId: true, liveRevisionId: true },
    });
    await test.db.listingPhoto.deleteMany({ where: { revisionId: offer.liveRevisionId } });
    await test.db.auditEvent.create({
      data: {
        actorLabel: "partner@example.org",
        action: "offer.photo_removed",
        entityType: "offer",
        entityId: offer.id,
        organisationId: offer.organisationId,
      },
    });
    await runSeed(test.db, { log: silentSeedLog, photos });
    expect(await test.db.listingPhoto.count({ where: { revisionId: offer.liveRevisionId } })).toBe(0);
  });

  it("adds synthetic offers for benchmarks, topping up without duplicates", async () => {
    await runSeed(test.db, { demo: false, synthetic: 300, log: silentSeedLog });
    await runSeed(test.db, { demo: false, synthetic: 300, log: silentSeedLog });
    expect(await test.db.offer.count({ where: { slug: { startsWith: "synthetic-" } } })).toBe(300);
    const hits = await test.db.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM offer WHERE search @@ websearch_to_tsquery('english', 'football')`;
    expect(Number(hits[0]!.n)).toBeGreaterThan(0);
  });
});

describe("seed files", () => {
  it("are all valid", async () => {
    await expect(loadReferenceSeeds()).resolves.toBeTruthy();
    await expect(loadDemoSeeds()).resolves.toBeTruthy();
  });

  it("a bad row is a named error with file, row and field, and nothing is written", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "fc-seeds-"));
    await cp(SEEDS_DIR, dir, { recursive: true });
    const districts = JSON.parse(await readFile(path.join(dir, "districts.json"), "utf8")) as { latitude: number }[];
    districts[2]!.latitude = 123;
    await writeFile(path.join(dir, "districts.json"), JSON.stringify(districts));
    const test = await createTestDatabase();
    try {
      const error = await runSeed(test.db, { seedsDir: dir, log: silentSeedLog }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as Error).message).toBe(
        "Seed file districts.json, row 3, field latitude: Too big: expected number to be <=90.",
      );
      expect(await test.db.district.count()).toBe(0);
    } finally {
      await test.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
