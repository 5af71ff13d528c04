import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { offerContent } from "@free-city/schemas";
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
  beforeAll(async () => {
    test = await createTestDatabase();
    await runSeed(test.db, { log: silentSeedLog });
  });
  afterAll(() => test.close());

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

  it("is idempotent: seeding again changes nothing", async () => {
    const before = await snapshot(test);
    await runSeed(test.db, { log: silentSeedLog });
    expect(await snapshot(test)).toEqual(before);
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
