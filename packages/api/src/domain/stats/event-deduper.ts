/**
 * Remembers which (fingerprint, offer, kind) events were counted recently, so a refresh or a
 * double click counts once. In memory only, and bounded: expired entries are swept, and past
 * `maxEntries` the oldest are dropped (which at worst counts a repeat, never loses a first).
 * The fingerprint is the app's hash of the client; it never reaches the database.
 */
export class EventDeduper {
  /** key → time it stops being a repeat. Insertion order is (roughly) age order. */
  private readonly seen = new Map<string, number>();
  private nextSweepAt = 0;

  constructor(
    readonly windowMs: number = 30 * 60 * 1000,
    readonly maxEntries: number = 50_000,
  ) {}

  /** True the first time `key` is seen in a window (and starts the window); false for a repeat. */
  firstTime(key: string, now: number = Date.now()): boolean {
    if (now >= this.nextSweepAt || this.seen.size >= this.maxEntries) this.sweep(now);
    const until = this.seen.get(key);
    if (until !== undefined && until > now) return false;
    this.seen.delete(key);
    this.seen.set(key, now + this.windowMs);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private sweep(now: number): void {
    for (const [key, until] of this.seen) if (until <= now) this.seen.delete(key);
    for (const key of this.seen.keys()) {
      if (this.seen.size < this.maxEntries) break;
      this.seen.delete(key);
    }
    this.nextSweepAt = now + Math.min(this.windowMs, 60_000);
  }
}
