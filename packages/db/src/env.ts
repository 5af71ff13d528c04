import { z } from "zod";
import { DatabaseError } from "./errors.ts";

/** Where the embedded PostgreSQL listens when DATABASE_URL is unset. */
export const EMBEDDED_PORT = Number(process.env.FREE_CITY_DB_PORT ?? 5433);
/** FREE_CITY_DATA_DIR: where the embedded database and generated secrets live (default .data/). */
export const DATA_DIR_SETTING = process.env.FREE_CITY_DATA_DIR;
/** Running in CI (no progress bars, no prompts). */
export const IN_CI = Boolean(process.env.CI);

const databaseUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const u = new URL(value);
      return (u.protocol === "postgresql:" || u.protocol === "postgres:") && u.hostname !== "";
    } catch {
      return false;
    }
  }, "must look like postgresql://user:password@host:5432/database");

/**
 * The database URL the apps use: DATABASE_URL. Unset or malformed is a named error, never a
 * crash deep inside a driver. (Command-line tasks use the embedded server when it is unset.)
 */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw.trim() === "") {
    // The embedded server's URL carries a password from .data/ (see embedded/credentials.ts),
    // which only the command-line tasks read (connectForTask); `npm start` and `pnpm dev` hand
    // the apps a complete DATABASE_URL.
    throw new DatabaseError(
      "BAD_DATABASE_URL",
      "DATABASE_URL is not set. Start the apps with `npm start` or `pnpm dev` (they set it for the embedded database), or set it to postgresql://user:password@host:5432/database.",
    );
  }
  const parsed = databaseUrl.safeParse(raw);
  if (!parsed.success) {
    throw new DatabaseError(
      "BAD_DATABASE_URL",
      `DATABASE_URL ${parsed.error.issues[0]?.message ?? "is invalid"} (got "${redact(raw)}").`,
    );
  }
  return parsed.data;
}

export function isEmbedded(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.DATABASE_URL || env.DATABASE_URL.trim() === "";
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):([^@/]*)@/, "//$1:***@");
}

/**
 * FREE_CITY_MIGRATIONS_DIR: the migrations folder the readiness check compares the database with
 * (default: the nearest prisma/migrations above the working directory, as in a checkout or a bundle).
 */
export const MIGRATIONS_DIR_SETTING = process.env.FREE_CITY_MIGRATIONS_DIR;
