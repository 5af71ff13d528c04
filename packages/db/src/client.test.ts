import { describe, expect, it } from "vitest";
import { createPrismaClient, WEB_DATABASE_LIMITS } from "./client.ts";
import { createTestDatabase, testDatabaseKind } from "./testing.ts";

/** The apps' database limits, on a real PostgreSQL server (PGlite has no timers to enforce them). */
describe.skipIf(testDatabaseKind() !== "postgres")("database limits for web requests", () => {
  it("sets the statement and idle-in-transaction timeouts on every connection, and cancels a runaway query", async () => {
    const test = await createTestDatabase();
    const web = createPrismaClient(test.url, { limits: WEB_DATABASE_LIMITS });
    const quick = createPrismaClient(test.url, {
      limits: { connectionTimeoutMs: 2_000, statementTimeoutMs: 300, idleInTransactionMs: 500 },
    });
    try {
      expect(await web.$queryRaw`SELECT current_setting('statement_timeout') AS s`).toEqual([{ s: "15s" }]);
      expect(await web.$queryRaw`SELECT current_setting('idle_in_transaction_session_timeout') AS s`).toEqual([
        { s: "30s" },
      ]);
      const started = Date.now();
      await expect(quick.$queryRaw`SELECT pg_sleep(5)::text`).rejects.toThrow(/statement timeout|canceling statement/i);
      expect(Date.now() - started).toBeLessThan(4_000);
      // Command-line tasks keep PostgreSQL's defaults.
      expect(await test.db.$queryRaw`SELECT current_setting('statement_timeout') AS s`).toEqual([{ s: "0" }]);
    } finally {
      await web.$disconnect();
      await quick.$disconnect();
      await test.close();
    }
  });

  it("gives up waiting for a connection after the pool's timeout instead of queueing forever", async () => {
    const test = await createTestDatabase();
    const one = createPrismaClient(test.url, {
      max: 1,
      limits: { connectionTimeoutMs: 500, statementTimeoutMs: 10_000, idleInTransactionMs: 10_000 },
    });
    try {
      // Prisma's promises are lazy: .then() sends the query now.
      const busy = one.$queryRaw`SELECT pg_sleep(2)::text`.then(() => "done");
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = Date.now();
      await expect(one.$queryRaw`SELECT 1`).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(1_900);
      expect(await busy).toBe("done");
    } finally {
      await one.$disconnect();
      await test.close();
    }
  });
});

describe.skipIf(testDatabaseKind() !== "postgres")("session settings", () => {
  it("starts every connection without JIT or parallel workers, keeping the URL's own options", async () => {
    const test = await createTestDatabase();
    const url = new URL(test.url ?? "");
    url.searchParams.set("options", "-c lock_timeout=1234");
    const db = createPrismaClient(url.toString());
    try {
      expect(
        await db.$queryRaw`SELECT current_setting('jit') AS jit, current_setting('max_parallel_workers_per_gather') AS workers, current_setting('lock_timeout') AS lock`,
      ).toEqual([{ jit: "off", workers: "0", lock: "1234ms" }]);
    } finally {
      await db.$disconnect();
      await test.close();
    }
  });
});
