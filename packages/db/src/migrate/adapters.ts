import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { JOB_QUEUE_POOL, pglitePool } from "./job-queue.ts";

/**
 * Driver adapters for the schema engine, with one fix each: the engine hands a whole migration
 * to `executeScript`. PrismaPg splits it on every ";" (breaking PL/pgSQL function bodies) and
 * PrismaPGlite does not await it (losing its errors). Here the script goes to the server as one
 * simple query, which PostgreSQL also runs as one transaction: a failed migration leaves nothing
 * half-applied.
 */
function withWholeScripts(
  factory: SqlMigrationAwareDriverAdapterFactory,
  run: (script: string) => Promise<unknown>,
): SqlMigrationAwareDriverAdapterFactory {
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    adapter.executeScript = async (script: string) => {
      await run(script);
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  };
}

/**
 * A factory that can say "only one migration at a time on this database": applyMigrations holds
 * the lock from before it reads the history until it has applied what was missing.
 */
export type LockableFactory = SqlMigrationAwareDriverAdapterFactory & {
  migrationLock?: (log: (line: string) => void) => Promise<() => Promise<void>>;
};

/**
 * The advisory lock key of Free City's migrations (any fixed number; not Prisma's own 72707369,
 * which its engine may take on another connection while ours is held).
 */
export const MIGRATION_LOCK_KEY = 7_246_372_001;

/**
 * Takes the migration lock on its own connection (a session lock: PostgreSQL frees it if the
 * process dies) and returns its release. Waits, saying so, while another migration holds it.
 */
async function takeMigrationLock(url: string, log: (line: string) => void): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [MIGRATION_LOCK_KEY]);
    if (!rows[0]?.ok) {
      log("Another migration is running on this database; waiting for it to finish…");
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    }
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return async () => {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  };
}

export function pgMigrationAdapter(url: string): {
  factory: LockableFactory;
  end(): Promise<void>;
} {
  const base = new PrismaPg({ connectionString: url, max: 2 });
  let pools: { end(): Promise<void> }[] = [];
  const factory: LockableFactory = {
    migrationLock: (log) => takeMigrationLock(url, log),
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const adapter = await base.connect();
      const pool = adapter.underlyingDriver();
      pools.push(pool);
      readCharColumns(adapter, pool);
      adapter.executeScript = async (script: string) => {
        try {
          await pool.query(script);
        } catch (error) {
          // Re-throw through the adapter so the engine records a driver error with the SQL message.
          (adapter as unknown as { onError(e: unknown): never }).onError(error);
        }
      };
      return adapter;
    },
    connectToShadowDb: () => base.connectToShadowDb(),
  };
  return {
    factory,
    async end() {
      await Promise.all(pools.map((p) => p.end().catch(() => {})));
      pools = [];
    },
  };
}

export function pgliteMigrationAdapter(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const factory = withWholeScripts(new PrismaPGlite(pglite), (script) => pglite.exec(script));
  // The job queue's migrator needs a pg.Pool; PrismaPGlite exposes no driver, so it rides along.
  return Object.assign(factory, { [JOB_QUEUE_POOL]: () => pglitePool(pglite) });
}

/** PostgreSQL's internal one-byte type "char" (catalog columns such as pg_constraint.contype). */
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
/** ColumnTypeEnum.Character in @prisma/driver-adapter-utils. */
const CHARACTER_COLUMN = 6;
const charColumns = Symbol("charColumns");

/**
 * The schema engine's introspection reads catalog columns of type "char", which PrismaPg
 * refuses ("Column type 'char' could not be deserialized"), while the engine expects them typed
 * as Character (as the PGlite adapter reports them). On this migration-only adapter we let such
 * columns through as text, then report them as Character. Their values arrive as strings.
 */
function readCharColumns(adapter: SqlDriverAdapter, pool: { query: (...args: never[]) => unknown }): void {
  const query = pool.query.bind(pool) as (
    ...args: unknown[]
  ) => Promise<{ fields?: { dataTypeID: number }[]; rows?: unknown[] }>;
  (pool as { query: unknown }).query = async (...args: unknown[]) => {
    const result = await query(...args);
    const indexes: number[] = [];
    result?.fields?.forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        indexes.push(i);
      }
    });
    if (indexes.length > 0 && result.rows) Object.defineProperty(result.rows, charColumns, { value: indexes });
    return result;
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (q) => {
    const result = await queryRaw(q);
    const indexes = (result.rows as unknown as { [charColumns]?: number[] })[charColumns];
    for (const i of indexes ?? []) result.columnTypes[i] = CHARACTER_COLUMN as (typeof result.columnTypes)[number];
    return result;
  };
}
