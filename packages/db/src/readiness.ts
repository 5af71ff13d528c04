import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Database } from "./client.ts";
import { MIGRATIONS_DIR_SETTING } from "./env.ts";

/**
 * Is this instance ready for traffic? The database answers, and the migrations applied to it are
 * exactly the ones in this code's migrations folder (a deploy ran `pnpm db migrate` first, and no
 * newer version migrated past us). What `/api/ready` on both apps answers.
 */
export type Readiness =
  | { ready: true; migrations: number }
  | {
      ready: false;
      reason: "database_unreachable" | "migrations_pending" | "unknown_migrations" | "migration_failed";
      message: string;
    };

/** The code's migration names (folder names, sorted), read once per process. */
let cached: { dir: string; names: string[] } | undefined;

export function codeMigrations(dir: string = findMigrationsDir()): string[] {
  if (cached?.dir === dir) return cached.names;
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
  cached = { dir, names };
  return names;
}

/** FREE_CITY_MIGRATIONS_DIR, else the nearest prisma/migrations from the working directory up. */
export function findMigrationsDir(start: string = process.cwd()): string {
  if (MIGRATIONS_DIR_SETTING) return path.resolve(MIGRATIONS_DIR_SETTING);
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, "prisma", "migrations");
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(
    `No prisma/migrations folder above ${start}: set FREE_CITY_MIGRATIONS_DIR to the migrations folder of this version.`,
  );
}

export async function checkReadiness(
  db: Database,
  options: { migrations?: string[]; timeoutMs?: number } = {},
): Promise<Readiness> {
  const expected = options.migrations ?? codeMigrations();
  let rows: { migration_name: string; finished: boolean; rolled_back: boolean }[];
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("timed out")), options.timeoutMs ?? 3_000);
    });
    rows = await Promise.race([
      db.$queryRawUnsafe<typeof rows>(
        `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
           FROM _prisma_migrations`,
      ),
      timeout,
    ]);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/_prisma_migrations.*does not exist|relation .* does not exist/i.test(text)) {
      return {
        ready: false,
        reason: "migrations_pending",
        message: `The database has no migrations yet: run \`pnpm db migrate\` (${expected.length} to apply).`,
      };
    }
    return { ready: false, reason: "database_unreachable", message: "The database does not answer." };
  } finally {
    clearTimeout(timer);
  }
  const failed = rows.filter((row) => !row.finished && !row.rolled_back).map((row) => row.migration_name);
  if (failed.length > 0) {
    return {
      ready: false,
      reason: "migration_failed",
      message: `Migration ${failed.join(", ")} did not finish: see \`pnpm db migrate\`.`,
    };
  }
  const applied = new Set(rows.filter((row) => row.finished && !row.rolled_back).map((row) => row.migration_name));
  const known = new Set(expected);
  const unknown = [...applied].filter((name) => !known.has(name)).sort();
  if (unknown.length > 0) {
    return {
      ready: false,
      reason: "unknown_migrations",
      message: `The database has migrations this version does not know (${unknown.join(", ")}): it was migrated by a newer version.`,
    };
  }
  const pending = expected.filter((name) => !applied.has(name));
  if (pending.length > 0) {
    return {
      ready: false,
      reason: "migrations_pending",
      message: `${pending.length} migration${pending.length === 1 ? "" : "s"} not applied yet (${pending.join(", ")}): run \`pnpm db migrate\`.`,
    };
  }
  return { ready: true, migrations: expected.length };
}
