import { PrismaPg } from "@prisma/adapter-pg";
import { resolveDatabaseUrl } from "./env.ts";
import { PrismaClient } from "./generated/prisma/client.ts";

export type Database = PrismaClient;

/**
 * How long the apps wait, at most, so a slow or stuck database can't pile up requests:
 *  - for a free connection from the pool (then the request fails instead of queueing forever),
 *  - for one statement (a runaway query is cancelled by PostgreSQL itself),
 *  - with a transaction open and idle (a request that died mid-transaction frees its locks).
 * Command-line tasks (migrate, seed, jobs, benchmarks) don't use them: they may run long on purpose.
 */
export type DatabaseLimits = { connectionTimeoutMs: number; statementTimeoutMs: number; idleInTransactionMs: number };
export const WEB_DATABASE_LIMITS: DatabaseLimits = {
  connectionTimeoutMs: 5_000,
  statementTimeoutMs: 15_000,
  idleInTransactionMs: 30_000,
};

/**
 * Settings every connection starts with. The app's statements are short, and the search's are
 * planned to stop after a page: JIT compilation (~1 s, for long analytical queries) was chosen
 * for them on the planner's over-estimates, and parallel workers sort every match where a fast
 * path stops early (each a process start, on a small shared server). Set when a connection
 * starts, so a statement needs no transaction of its own to set them.
 */
export const SESSION_SETTINGS = "-c jit=off -c max_parallel_workers_per_gather=0";

/** The URL with SESSION_SETTINGS added to any `options` it already gives (the URL's win in node-postgres). */
export function withSessionSettings(url: string): string {
  const parsed = new URL(url);
  const given = parsed.searchParams.get("options");
  parsed.searchParams.set("options", given ? `${SESSION_SETTINGS} ${given}` : SESSION_SETTINGS);
  return parsed.toString();
}

/**
 * A Prisma client over a PostgreSQL URL. The apps always take this path, for the embedded
 * database and a real server alike.
 */
export function createPrismaClient(
  url: string = resolveDatabaseUrl(),
  options: { max?: number; limits?: DatabaseLimits } = {},
): Database {
  const limits = options.limits;
  const adapter = new PrismaPg({
    connectionString: withSessionSettings(url),
    max: options.max ?? 10,
    ...(limits
      ? {
          connectionTimeoutMillis: limits.connectionTimeoutMs,
          // Sent as session settings when each connection starts.
          statement_timeout: limits.statementTimeoutMs,
          idle_in_transaction_session_timeout: limits.idleInTransactionMs,
        }
      : {}),
  });
  // A transaction (the search is one) waits for a pooled connection as a query does: Prisma's
  // default is 2 s, so a burst of visitors got 500s ("Unable to start a transaction in the given
  // time") instead of slower pages. With web limits, the pool's own connection timeout applies.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: limits?.connectionTimeoutMs ?? 15_000 } });
}

const globalForDb = globalThis as unknown as { freeCityDb?: Database };

/**
 * The process-wide client for the apps, created on first use (so importing this module never
 * connects, and a bad DATABASE_URL surfaces as a named error where the database is first used),
 * with the web request limits.
 */
export function getDb(): Database {
  globalForDb.freeCityDb ??= createPrismaClient(resolveDatabaseUrl(), { limits: WEB_DATABASE_LIMITS });
  return globalForDb.freeCityDb;
}
