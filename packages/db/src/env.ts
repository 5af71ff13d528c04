import { z } from "zod";
import { DatabaseError } from "./errors.ts";

/** Where the embedded PostgreSQL listens when DATABASE_URL is unset. */
export const EMBEDDED_PORT = Number(process.env.FREE_CITY_DB_PORT ?? 5433);
/** FREE_CITY_DATA_DIR: where the embedded database and generated secrets live (default .data/). */
export const DATA_DIR_SETTING = process.env.FREE_CITY_DATA_DIR;
/** Running in CI (no progress bars, no prompts). */
export const IN_CI = Boolean(process.env.CI);
export const EMBEDDED_DATABASE_URL = `postgresql://postgres@127.0.0.1:${EMBEDDED_PORT}/postgres`;

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
 * The database URL the process should use: DATABASE_URL when set, else the embedded server.
 * A malformed URL is a named error, never a crash deep inside a driver.
 */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw.trim() === "") return EMBEDDED_DATABASE_URL;
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
