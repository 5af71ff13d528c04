import type { Database, StaffRole } from "@free-city/db";

/** Who is calling: null for the public portal and anyone not signed in. */
export type SessionUser = { id: string; email: string; name: string | null; staffRole: StaffRole | null };

/** Where the apps live, for links in emails. */
export type AppLinks = { adminUrl: string; portalUrl: string };

export type Context = {
  db: Database;
  user: SessionUser | null;
  /**
   * The rate-limit key of the caller, from `clientKey()` in http/client-address.ts: a keyed hash
   * of the address the trusted proxies saw, or the shared key when it is unknown. Never a value
   * the client chose.
   */
  clientKey?: string;
  /**
   * De-duplicates anonymous counters (views, saves): the trusted address and the browser, hashed
   * (see http/client-address.ts). Falls back to `clientKey`.
   */
  visitorKey?: string;
  /**
   * The links procedures put in the emails they queue (invitations, review outcomes). The admin
   * app supplies them; the portal sends no email and does not. The worker sends the emails.
   */
  links?: AppLinks;
};

export function createContext(input: Context): Context {
  return input;
}
