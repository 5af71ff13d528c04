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
 *
 * The de-duplication is shared by every instance: one statement marks (visitor, offer, kind) as
 * seen in `visitor_seen` (a hash under the day's shared salt, deleted after its 30 minutes) and
 * adds to the count only if that row was new or expired, so a visitor counted through one
 * instance is not counted again through another.
 */
export async function recordOfferEvent(
  db: Database,
  input: OfferEventInput,
  options: RecordOfferEventOptions = {},
): Promise<{ counted: boolean }> {
  const now = options.now ?? new Date();
  const offer = await db.offer.findFirst({
    where: { ...publicOfferWhere, slug: input.offerSlug },
    select: { id: true },
  });
  if (!offer) return { counted: false };
  const key = await hashVisitor(db, [options.fingerprint || "anonymous", offer.id, input.kind], now);
  const until = new Date(now.getTime() + DEDUP_WINDOW_MS);
  const column = Prisma.raw(COLUMNS[input.kind]);
  const counted = await db.$executeRaw`
    WITH first_time AS (
      INSERT INTO visitor_seen (key, expires_at) VALUES (${key}, ${until})
      ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE visitor_seen.expires_at <= ${now}
      RETURNING 1
    )
    INSERT INTO offer_daily_stat (offer_id, day, ${column})
    SELECT ${offer.id}, ${todayInCity(now)}::date, 1 FROM first_time
    ON CONFLICT (offer_id, day) DO UPDATE SET ${column} = offer_daily_stat.${column} + 1`;
  return { counted: counted === 1 };
}
