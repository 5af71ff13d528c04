import { createHash, randomBytes } from "node:crypto";
import { type Database, todayInCity } from "@free-city/db";

/**
 * Today's salt as this process last read it. It does not change during its day, but it is read
 * again after a minute anyway, so that instances agree again soon after the table was emptied
 * (a `pnpm db reset` under running apps).
 */
let cached: { day: string; salt: Uint8Array; readAt: number } | undefined;
const REREAD_MS = 60_000;

/**
 * The day's salt (Europe/London day), shared by every app instance through the database: the
 * first instance to need it makes it (random, 32 bytes), the others read that one. Older salts are
 * deleted as soon as a new day's is made (and by the retention job), so once a day is over its
 * hashes can no longer be linked to anyone, even by someone holding the database.
 */
export async function visitorSalt(db: Database, now: Date = new Date()): Promise<Uint8Array> {
  const day = todayInCity(now);
  if (cached?.day === day && Date.now() - cached.readAt < REREAD_MS) return cached.salt;
  const fresh = new Uint8Array(randomBytes(32));
  const rows = await db.$queryRaw<{ salt: Uint8Array }[]>`
    WITH made AS (
      INSERT INTO visitor_salt (day, salt) VALUES (${day}::date, ${fresh})
      ON CONFLICT (day) DO NOTHING
      RETURNING salt
    )
    SELECT salt FROM made UNION ALL SELECT salt FROM visitor_salt WHERE day = ${day}::date`;
  const salt = rows[0]?.salt;
  if (!salt) throw new Error(`No visitor salt for ${day}.`);
  if (rows.length === 1 && Buffer.from(salt).equals(Buffer.from(fresh))) {
    // This instance made the day's salt: yesterday's is no longer needed by anyone.
    await db.$executeRaw`DELETE FROM visitor_salt WHERE day < ${day}::date`;
  }
  cached = { day, salt, readAt: Date.now() };
  return salt;
}

/** Forgets the cached salt (tests that travel in time, or a database that was reset). */
export function forgetVisitorSalt(): void {
  cached = undefined;
}

/**
 * A visitor's (or any personal value's) hash for today: SHA-256 over the shared daily salt and the
 * parts. The same person gets the same hash from every instance on the same day, and a different,
 * unlinkable one the next day. Used for rate-limit keys and the counters' de-duplication.
 */
export async function hashVisitor(db: Database, parts: string[], now: Date = new Date()): Promise<string> {
  const hash = createHash("sha256").update(await visitorSalt(db, now));
  for (const part of parts) hash.update(part).update("\u0000");
  return hash.digest("base64url");
}
