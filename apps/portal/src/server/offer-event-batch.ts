import "server-only";
import { type OfferEventToCount, recordOfferEvents } from "@free-city/api";
import { getDb } from "@free-city/db";

/** Events are written at most this long after they happened. */
const FLUSH_MS = 1_000;
/** …or as soon as this many are waiting. */
const FLUSH_AT = 500;

/**
 * The portal's offer counters (views), gathered for up to a second and written in one statement
 * per kind (`recordOfferEvents`): under load, one write per view took the database pool from the
 * pages (and every view of one offer waited for the same counter row). The de-duplication stays
 * in PostgreSQL, shared by every instance; what waits here is at most a second of counts, written
 * at SIGTERM too (scripts/serve.ts calls `freeCityFlushOfferEvents` before closing the pool).
 */
class OfferEventBatch {
  private waiting: OfferEventToCount[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  add(event: OfferEventToCount) {
    this.waiting.push(event);
    if (this.waiting.length >= FLUSH_AT) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  /** Writes what is waiting (after any write under way). A count is never worth an error page: failures are logged. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const events = this.waiting;
    this.waiting = [];
    this.writing = this.writing.then(async () => {
      if (events.length === 0) return;
      try {
        await recordOfferEvents(getDb(), events);
      } catch (error) {
        console.error(`[portal] could not count ${events.length} offer events`, error);
      }
    });
    return this.writing;
  }
}

const holder = globalThis as { freeCityOfferEvents?: OfferEventBatch; freeCityFlushOfferEvents?: () => Promise<void> };

/** This process's batch (one, however many times the module is loaded). */
export function offerEventBatch(): OfferEventBatch {
  if (!holder.freeCityOfferEvents) {
    const batch = new OfferEventBatch();
    holder.freeCityOfferEvents = batch;
    holder.freeCityFlushOfferEvents = () => batch.flush();
  }
  return holder.freeCityOfferEvents;
}
