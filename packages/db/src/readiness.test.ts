import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./client.ts";
import { checkReadiness, codeMigrations, findMigrationsDir } from "./readiness.ts";
import { createTestDatabase, type TestDatabase } from "./testing.ts";

describe("readiness: the database answers and its migrations match the code", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(async () => {
    await test?.close();
  });

  it("finds the code's migrations folder from the working directory", () => {
    expect(findMigrationsDir()).toMatch(/prisma[/\\]migrations$/);
    expect(codeMigrations().length).toBeGreaterThan(0);
  });

  it(`is ready on a fully migrated database (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, async () => {
    expect(await checkReadiness(test.db)).toEqual({ ready: true, migrations: codeMigrations().length });
  });

  it("is not ready when the code has a migration the database lacks", async () => {
    const result = await checkReadiness(test.db, {
      migrations: [...codeMigrations(), "29990101000000_from_the_future"],
    });
    expect(result).toMatchObject({ ready: false, reason: "migrations_pending" });
    if (!result.ready) expect(result.message).toContain("pnpm db migrate");
  });

  it("is not ready when the database was migrated by a newer version, or a migration failed", async () => {
    await test.db.$executeRawUnsafe(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ('newer', 'x', '29990101000000_newer', now(), now(), 1)`,
    );
    expect(await checkReadiness(test.db)).toMatchObject({ ready: false, reason: "unknown_migrations" });
    await test.db.$executeRawUnsafe(`UPDATE _prisma_migrations SET finished_at = NULL WHERE id = 'newer'`);
    expect(await checkReadiness(test.db)).toMatchObject({ ready: false, reason: "migration_failed" });
    await test.db.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE id = 'newer'`);
    expect(await checkReadiness(test.db)).toMatchObject({ ready: true });
  });

  it("is not ready, quickly, when the database does not answer", async () => {
    // Nothing listens on port 1: the pool's connection is refused.
    const down = createPrismaClient("postgresql://postgres@127.0.0.1:1/none", { max: 1 });
    const started = Date.now();
    try {
      expect(await checkReadiness(down, { timeoutMs: 2_000 })).toEqual({
        ready: false,
        reason: "database_unreachable",
        message: "The database does not answer.",
      });
    } finally {
      await down.$disconnect();
    }
    expect(Date.now() - started).toBeLessThan(2_500);
  });
});
