import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseError } from "../errors.ts";
import { createPGlite } from "../pglite.ts";
import { createTestDatabase, testDatabaseKind } from "../testing.ts";
import { pgliteMigrationAdapter, pgMigrationAdapter } from "./adapters.ts";
import {
  applyMigrations,
  createMigration,
  defaultPaths,
  diffDatabaseToSchema,
  readMigrationList,
} from "./migrations.ts";

describe(`migrations (${testDatabaseKind()})`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  it("apply from empty, match the schema exactly, and re-apply as a no-op", async () => {
    const test = await createTestDatabase(); // applies every migration
    cleanups.push(() => test.close());
    const factory = test.url ? pgMigrationAdapter(test.url) : undefined;
    if (factory) cleanups.push(() => factory.end());
    const engineFactory = factory?.factory ?? pgliteFactoryFor(test);
    const again = await applyMigrations(engineFactory);
    expect(again.applied).toEqual([]);
    expect(again.total).toBe((await readMigrationList()).migrationDirectories.length);
    // Nothing in prisma/schema.prisma lacks a migration, and nothing hand-written gets dropped.
    expect(await diffDatabaseToSchema(engineFactory)).toBe("");
    const rows = await test.db.$queryRaw<
      { migration_name: string; finished_at: Date | null }[]
    >`SELECT migration_name, finished_at FROM _prisma_migrations`;
    expect(rows.length).toBe(again.total);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("keep the full-text search document and the append-only audit log working", async () => {
    const test = await createTestDatabase();
    cleanups.push(() => test.close());
    const { db } = test;
    const org = await db.organisation.create({ data: { slug: "o", name: "O", type: "CHARITY" } });
    await db.offer.create({
      data: { organisationId: org.id, slug: "swim", title: "Swimming for beginners", summary: "Learn to swim" },
    });
    const hits = await db.$queryRaw<
      { slug: string }[]
    >`SELECT slug FROM offer WHERE search @@ websearch_to_tsquery('english', 'swim')`;
    expect(hits.map((h) => h.slug)).toEqual(["swim"]);
    const fuzzy = await db.$queryRaw<{ score: number }[]>`SELECT word_similarity('swiming', title) AS score FROM offer`;
    expect(fuzzy[0]!.score).toBeGreaterThan(0.5);

    const event = await db.auditEvent.create({
      data: { actorLabel: "test", action: "x.y", entityType: "offer", entityId: "1" },
    });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "changed" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
  });

  it("refuse a database that has migrations this code does not know", async () => {
    const test = await createTestDatabase();
    cleanups.push(() => test.close());
    await test.db
      .$executeRaw`INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('x', 'x', '29990101000000_from_the_future', now(), now(), 1)`;
    const factory = test.url ? pgMigrationAdapter(test.url) : undefined;
    if (factory) cleanups.push(() => factory.end());
    const error = await applyMigrations(factory?.factory ?? pgliteFactoryFor(test)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe("UNKNOWN_MIGRATIONS");
    expect((error as DatabaseError).message).toContain("29990101000000_from_the_future");
  });
});

describe("migration failures and new migrations (pglite)", () => {
  it("name the failed migration and the SQL error, leaving nothing half-applied", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "fc-migrations-"));
    await cp(defaultPaths.migrationsDir, dir, { recursive: true });
    await mkdir(path.join(dir, "29990101000000_broken"));
    await writeFile(
      path.join(dir, "29990101000000_broken", "migration.sql"),
      "CREATE TABLE broken_a (id int);\nALTER TABLE no_such_table ADD COLUMN x int;\n",
    );
    const pglite = await createPGlite();
    const factory = pgliteMigrationAdapter(pglite);
    const error = await applyMigrations(factory, { paths: { ...defaultPaths, migrationsDir: dir } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe("MIGRATION_FAILED");
    expect((error as DatabaseError).message).toContain("29990101000000_broken");
    expect((error as DatabaseError).message).toMatch(/no_such_table/);
    const leftovers = await pglite.query(`SELECT to_regclass('public.broken_a') AS t`);
    expect((leftovers.rows[0] as { t: string | null }).t).toBeNull();
    await pglite.close();
    await rm(dir, { recursive: true });
  });

  it("migrate:new writes nothing when the schema has no changes, and a migration when it does", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "fc-newmig-"));
    await cp(defaultPaths.migrationsDir, path.join(dir, "migrations"), { recursive: true });
    const { readFile } = await import("node:fs/promises");
    const schema = await readFile(defaultPaths.schemaPath, "utf8");
    await writeFile(path.join(dir, "schema.prisma"), schema);
    const paths = { schemaPath: path.join(dir, "schema.prisma"), migrationsDir: path.join(dir, "migrations") };
    expect(await createMigration("nothing", { paths })).toBeUndefined();

    await writeFile(
      paths.schemaPath,
      schema.replace("model OutboxEmail {", "model OutboxEmail {\n  priority Int @default(0)"),
    );
    const created = await createMigration("add outbox priority", { paths, now: new Date("2030-01-01T00:00:00Z") });
    expect(created?.directory).toMatch(/20300101000000_add_outbox_priority$/);
    expect(created?.sql).toMatch(/ALTER TABLE "outbox_email" ADD COLUMN\s+"priority" INTEGER NOT NULL DEFAULT 0/);
    await rm(dir, { recursive: true });
  });
});

function pgliteFactoryFor(test: { db: unknown }) {
  // The in-process test database's PGlite instance sits behind its Prisma adapter.
  const pglite = (test as unknown as { pglite?: import("@electric-sql/pglite").PGlite }).pglite;
  if (!pglite) throw new Error("expected an in-process PGlite test database");
  return pgliteMigrationAdapter(pglite);
}
