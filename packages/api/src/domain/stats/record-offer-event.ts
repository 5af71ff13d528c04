import { type Database, Prisma, todayInCity } from "@free-city/db";
import type { OfferEventInput, OfferEventKind } from "@free-city/schemas";
import { publicOfferWhere } from "../offers/public-offers.ts";
import { hashVisitor } from "../visitors/hash-visitor.ts";

/** The counter column each event adds to. Fixed names, never from input. */
const COLUMNS = {
  view: "views",
  save: "saves",
  "take-up": "take_up_clicks",
  calendar: "calendar_adds",
} as const satisfies Record<OfferEventKind, string>;

/** A repeat of the same event from the same visitor within this window counts nothing. */
export const DEDUP_WINDOW_MS = 30 * 60 * 1000;

export type RecordOfferEventOptions = {
  /** The app's hash of the client. Without one, all such callers share "anonymous". */
  fingerprint?: string;
  now?: Date;
};

/**
 * Adds 1 to today's (Europe/London) counter of a public offer. Anonymous: only the daily totals
 * are kept. A repeat of the same event from the same client within the de-dup window, or an
 * event for an offer the public may not see, counts nothing and is not an error (this is a
 * beacon): `counted` says which.
 */
export async function recordOfferEvent(
  db: Database,
  input: OfferEventInput,
  options: RecordOfferEventOptions = {},
): Promise<{ counted: boolean }> {
  const { counted } = await recordOfferEvents(db, [{ ...input, fingerprint: options.fingerprint }], options.now);
  return { counted: counted === 1 };
}

export type OfferEventToCount = OfferEventInput & { fingerprint?: string };

/**
 * Many events at once (the portal gathers its page views for a moment and counts them together,
 * so a busy portal writes one statement a second, not one per view): the same rules as one.
 *
 * The de-duplication is shared by every instance: one statement per kind marks each (visitor,
 * offer, kind) as seen in `visitor_seen` (a hash under the day's shared salt, deleted after its 30
 * minutes) and adds to the counts only the rows that were new or expired, so a visitor counted
 * through one instance is not counted again through another. Returns how many events counted.
 */
export async function recordOfferEvents(
  db: Database,
  events: OfferEventToCount[],
  now: Date = new Date(),
): Promise<{ counted: number }> {
  if (events.length === 0) return { counted: 0 };
  const offers = await db.offer.findMany({
    where: { ...publicOfferWhere, slug: { in: [...new Set(events.map((e) => e.offerSlug))] } },
    select: { id: true, slug: true },
  });
  const idOf = new Map(offers.map((o) => [o.slug, o.id]));
  // One row per (visitor, offer, kind): a repeat within the batch is a repeat like any other.
  const byKind = new Map<OfferEventKind, Map<string, string>>();
  for (const event of events) {
    const offerId = idOf.get(event.offerSlug);
    if (!offerId) continue;
    const key = await hashVisitor(db, [event.fingerprint || "anonymous", offerId, event.kind], now);
    const seen = byKind.get(event.kind) ?? new Map<string, string>();
    seen.set(key, offerId);
    byKind.set(event.kind, seen);
  }
  const until = new Date(now.getTime() + DEDUP_WINDOW_MS);
  const day = todayInCity(now);
  let counted = 0;
  for (const [kind, seen] of byKind) {
    const column = Prisma.raw(COLUMNS[kind]);
    const [row] = await db.$queryRaw<[{ counted: number }]>`
      WITH event AS (
        SELECT * FROM unnest(${[...seen.keys()]}::text[], ${[...seen.values()]}::text[]) AS e(key, offer_id)
      ),
      first_time AS (
        INSERT INTO visitor_seen (key, expires_at) SELECT key, ${until} FROM event
        ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE visitor_seen.expires_at <= ${now}
        RETURNING key
      ),
      per_offer AS (
        SELECT event.offer_id, count(*)::int AS n FROM event JOIN first_time USING (key) GROUP BY event.offer_id
      ),
      added AS (
        INSERT INTO offer_daily_stat (offer_id, day, ${column})
        SELECT offer_id, ${day}::date, n FROM per_offer ORDER BY offer_id
        ON CONFLICT (offer_id, day) DO UPDATE SET ${column} = offer_daily_stat.${column} + EXCLUDED.${column}
      )
      SELECT coalesce(sum(n), 0)::int AS counted FROM per_offer`;
    counted += row?.counted ?? 0;
  }
  return { counted };
}
