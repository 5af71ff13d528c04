import type { Database, StaffRole } from "@free-city/db";

/** Who is calling: null for the public portal and anyone not signed in. */
export type SessionUser = { id: string; email: string; name: string | null; staffRole: StaffRole | null };

export type Context = {
  db: Database;
  user: SessionUser | null;
  /**
   * A hashed client fingerprint (e.g. of IP + user agent) supplied by the app, for rate limits
   * and de-duplicating anonymous counters. Kept in memory only; never stored in the database.
   */
  clientKey?: string;
};

export function createContext(input: Context): Context {
  return input;
}
