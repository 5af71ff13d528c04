import { EventEmitter } from "node:events";
import type { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { Logger, runMigrations } from "graphile-worker";
import type pg from "pg";
import { DatabaseError } from "../errors.ts";

/**
 * The job queue's tables and functions (graphile-worker's own schema, `graphile_worker`), made
 * by graphile-worker's own migrator: it keeps its history in `graphile_worker.migrations`, takes
 * care of two instances migrating at once, and refuses a schema newer than this code. It is part
 * of `applyMigrations` because the apps add jobs (`graphile_worker.add_job`) inside their own
 * transactions: the schema must exist before the first approval, not only once a worker started.
 */
export async function installJobQueue(factory: SqlMigrationAwareDriverAdapterFactory): Promise<void> {
  const attached = (factory as { [JOB_QUEUE_POOL]?: () => pg.Pool })[JOB_QUEUE_POOL];
  let pool: pg.Pool;
  if (attached) {
    pool = attached();
  } else {
    // PrismaPg's driver is a pg.Pool (ended with the migration adapter that made it).
    const adapter = await factory.connect();
    pool = (adapter as unknown as { underlyingDriver(): pg.Pool }).underlyingDriver();
  }
  // graphile-worker warns about a pool that has an "error" but no "connect" handler (PrismaPg's).
  const noop = () => {};
  if (pool.listenerCount("connect") === 0) pool.on("connect", noop);
  try {
    await runMigrations({ pgPool: pool, logger: quietLogger });
  } catch (error) {
    throw new DatabaseError(
      "MIGRATION_FAILED",
      `Could not install the job queue (graphile-worker's schema): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  } finally {
    pool.removeListener("connect", noop);
  }
}

/** graphile-worker logs each migration at debug level; only warnings and errors are worth a line. */
export const quietLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`[jobs] ${message}`);
});

/** Where a migration adapter factory over PGlite keeps its pool-shaped way in (see below). */
export const JOB_QUEUE_POOL = Symbol("jobQueuePool");

/**
 * A `pg.Pool`-shaped front for an in-process PGlite, so graphile-worker's own code (its
 * migrator, `runOnce`) runs unchanged on the unit tests' PGlite. PGlite is one session that
 * runs one query at a time; the tests use it from one place at a time, which is all that
 * graphile-worker's `runOnce` and migrator need (no LISTEN, no concurrent clients). The
 * long-running worker (`run`) is only ever started on a real PostgreSQL server.
 */
export function pglitePool(pglite: PGlite): pg.Pool {
  const client = {
    async query(config: string | { text: string; values?: unknown[] }, values?: unknown[]) {
      const text = typeof config === "string" ? config : config.text;
      const params = (typeof config === "string" ? values : (config.values ?? values)) ?? [];
      if (params.length === 0) {
        // A migration is several statements: only the simple protocol (exec) takes those.
        const results = await pglite.exec(text);
        const last = results[results.length - 1];
        return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? 0 };
      }
      const result = await pglite.query(text, params);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
    release() {},
    on() {},
    removeListener() {},
  };
  const pool = new EventEmitter() as EventEmitter & Record<string, unknown>;
  // graphile-worker warns about a pool without an error handler; PGlite has no socket to lose.
  pool.on("error", () => {});
  pool.on("connect", () => {});
  pool.connect = async () => client;
  pool.query = client.query;
  pool.end = async () => {};
  pool.options = { max: 1 };
  return pool as unknown as pg.Pool;
}
