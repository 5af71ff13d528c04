import { z } from "zod";
import { embeddedUrl } from "./embedded/credentials.ts";
import { DatabaseError } from "./errors.ts";

/** Where the embedded PostgreSQL listens when DATABASE_URL is unset. */
export const EMBEDDED_PORT = Number(process.env.FREE_CITY_DB_PORT ?? 5433);

/** The embedded server's URL (with its generated password, see embedded/credentials.ts). */
export function embeddedDatabaseUrl(): string {
  return embeddedUrl(EMBEDDED_PORT);
}

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
  if (raw === undefined || raw.trim() === "") return embeddedDatabaseUrl();
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
