import type { Database, StaffRole } from "@free-city/db";

/** Who is calling: null for the public portal and anyone not signed in. */
export type SessionUser = { id: string; email: string; name: string | null; staffRole: StaffRole | null };

export type Context = {
  db: Database;
  user: SessionUser | null;
};

export function createContext(input: Context): Context {
  return input;
}
