import { createHash } from "node:crypto";
import type { Database } from "@free-city/db";
import { visitorSalt } from "../visitors/hash-visitor.ts";

/** A limit: at most `limit` attempts per `windowMs`, counted per key within `bucket`. */
export type RateLimitRule = { bucket: string; limit: number; windowMs: number };

/**
 * Counts one attempt by `key` (whatever the caller identifies the client by: a client hash, an
 * address, an email) against `rule`; false once the key has used up its attempts in its window.
 * The window starts at the key's first attempt and lasts `windowMs`, as the in-memory limiter
 * this replaces did.
 *
 * One statement (`INSERT … ON CONFLICT … DO UPDATE`) on a row per (bucket, key): PostgreSQL
 * serialises concurrent attempts on that row, so the limit holds whichever instance each
 * attempt reaches, and across restarts. The key is stored only as a hash salted with the day's
 * shared salt (see hashVisitor), never as an address or an email.
 */
export async function takeRateLimit(
  db: Database,
  rule: RateLimitRule,
  key: string,
  now: Date = new Date(),
): Promise<boolean> {
  const salt = await visitorSalt(db, now);
  const hashed = createHash("sha256").update(salt).update(rule.bucket).update("\u0000").update(key).digest("base64url");
  const until = new Date(now.getTime() + rule.windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_counter (bucket, key, window_start, count, expires_at)
    VALUES (${rule.bucket}, ${hashed}, ${now}, 1, ${until})
    ON CONFLICT (bucket, key) DO UPDATE SET
      count = CASE WHEN rate_limit_counter.expires_at <= ${now} THEN 1 ELSE rate_limit_counter.count + 1 END,
      window_start = CASE WHEN rate_limit_counter.expires_at <= ${now} THEN ${now} ELSE rate_limit_counter.window_start END,
      expires_at = CASE WHEN rate_limit_counter.expires_at <= ${now} THEN ${until} ELSE rate_limit_counter.expires_at END
    RETURNING count`;
  return (rows[0]?.count ?? Number.POSITIVE_INFINITY) <= rule.limit;
}
