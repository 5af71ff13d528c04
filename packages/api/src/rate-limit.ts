/**
 * A fixed-window rate limiter kept in memory. Enough for one process per app (the embedded
 * default and a single container); a multi-instance deployment would back this with Redis.
 * Keys are hashed-free strings the caller chooses (e.g. "signin:ip:1.2.3.4"); nothing is stored
 * beyond a count and a window start, and entries expire.
 */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt; false when `key` has used up its attempts in this window. */
  take(key: string, now: number = Date.now()): boolean {
    if (this.hits.size > 10_000) this.sweep(now);
    const entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now) {
      this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
      return true;
    }
    entry.count++;
    return entry.count <= this.limit;
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.hits) if (entry.resetAt <= now) this.hits.delete(key);
  }
}
