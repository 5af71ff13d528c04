/**
 * Real databases for tests. Each call gives a fresh, fully migrated database:
 *  - in-process PGlite (fast, the default), or
 *  - when TEST_DATABASE_URL points at a PostgreSQL server (CI), a new database created on that
 *    server for this test file and dropped afterwards.
 * No mocks: the same migrations, the same Prisma client, the same SQL as production.
 */
import { randomBytes } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { createPrismaClient, type Database } from "./client.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { pgliteMigrationAdapter, pgMigrationAdapter } from "./migrate/adapters.ts";
import { applyMigrations } from "./migrate/migrations.ts";
import { createPGlite } from "./pglite.ts";

export type TestDatabase = {
  db: Database;
  /** "pglite" or "postgres", for test names. */
  kind: "pglite" | "postgres";
  /** The URL of the database (postgres only). */
  url?: string;
  /** The in-process PGlite (pglite only). */
  pglite?: import("@electric-sql/pglite").PGlite;
  close(): Promise<void>;
};

/** A Prisma client over an in-process PGlite (tests and one-off scripts only; the apps never load PGlite). */
export function createPGlitePrismaClient(pglite: PGlite): Database {
  return new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}

export function testDatabaseKind(): "pglite" | "postgres" {
  return process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const pglite = await createPGlite();
    await applyMigrations(pgliteMigrationAdapter(pglite));
    const db = createPGlitePrismaClient(pglite);
    return {
      db,
      kind: "pglite",
      pglite,
      async close() {
        await db.$disconnect();
        await pglite.close();
      },
    };
  }
  const name = `freecity_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const migration = pgMigrationAdapter(url.toString());
  await applyMigrations(migration.factory);
  await migration.end();
  const db = createPrismaClient(url.toString(), { max: 5 });
  return {
    db,
    kind: "postgres",
    url: url.toString(),
    async close() {
      await db.$disconnect();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export * from "./factories.ts";
export { pgliteMigrationAdapter, pgMigrationAdapter } from "./migrate/adapters.ts";
export { pglitePool } from "./migrate/job-queue.ts";
export { applyMigrations, diffDatabaseToSchema, readMigrationList } from "./migrate/migrations.ts";
export { createPGlite } from "./pglite.ts";
