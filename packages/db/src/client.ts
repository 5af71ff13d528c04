import { PrismaPg } from "@prisma/adapter-pg";
import { resolveDatabaseUrl } from "./env.ts";
import { PrismaClient } from "./generated/prisma/client.ts";

export type Database = PrismaClient;

/**
 * A Prisma client over a PostgreSQL URL. The apps always take this path, for the embedded
 * database (a PGlite socket server) and a real PostgreSQL server alike.
 */
export function createPrismaClient(url: string = resolveDatabaseUrl(), options: { max?: number } = {}): Database {
  const adapter = new PrismaPg({ connectionString: url, max: options.max ?? 10 });
  // A query waits for a free pooled connection as long as it takes; Prisma gives a transaction
  // (the search is one) only 2 s by default, so a burst of visitors got 500s ("Unable to start a
  // transaction in the given time") instead of slower pages. Measured with 100 connections on a
  // busy 2-core machine: every search and district page failed so.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000 } });
}

const globalForDb = globalThis as unknown as { freeCityDb?: Database };

/**
 * The process-wide client for the apps, created on first use (so importing this module never
 * connects, and a bad DATABASE_URL surfaces as a named error where the database is first used).
 */
export function getDb(): Database {
  globalForDb.freeCityDb ??= createPrismaClient();
  return globalForDb.freeCityDb;
}
