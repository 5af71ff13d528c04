import type { Database, StaffRole } from "@free-city/db";

/** Who is calling: null for the public portal and anyone not signed in. */
export type SessionUser = { id: string; email: string; name: string | null; staffRole: StaffRole | null };

/** Where the apps live, for links in emails. */
export type AppLinks = { adminUrl: string; portalUrl: string };

export type Context = {
  db: Database;
  user: SessionUser | null;
  /**
   * A hashed client fingerprint (e.g. of IP + user agent) supplied by the app, for rate limits
   * and de-duplicating anonymous counters. Kept in memory only; never stored in the database.
   */
  clientKey?: string;
  /**
   * The links procedures put in the emails they queue (invitations, review outcomes). The admin
   * app supplies them; the portal sends no email and does not. The worker sends the emails.
   */
  links?: AppLinks;
};

export function createContext(input: Context): Context {
  return input;
}
