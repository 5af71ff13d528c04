import { type Database, Prisma, todayInCity } from "@free-city/db";
import type { OfferEventInput, OfferEventKind } from "@free-city/schemas";
import { publicOfferWhere } from "../offers/public-offers.ts";
import { EventDeduper } from "./event-deduper.ts";

/** The counter column each event adds to. Fixed names, never from input. */
const COLUMNS = {
  view: "views",
  save: "saves",
  "take-up": "take_up_clicks",
  calendar: "calendar_adds",
} as const satisfies Record<OfferEventKind, string>;

/** The process-wide de-duplicator the stats router uses (30 minutes per fingerprint, offer, kind). */
export const offerEventDeduper = new EventDeduper();

export type RecordOfferEventOptions = {
  /** The app's hash of the client (never stored). Without one, all such callers share "anonymous". */
  fingerprint?: string;
  deduper?: EventDeduper;
  now?: Date;
};

/**
 * Adds 1 to today's (Europe/London) counter of a public offer, in one atomic upsert. Anonymous:
 * only the daily totals are stored, no per-person rows. A repeat of the same event from the same
 * client within the de-dup window, or an event for an offer the public may not see, counts
 * nothing and is not an error (this is a beacon): `counted` says which.
 */
export async function recordOfferEvent(
  db: Database,
  input: OfferEventInput,
  options: RecordOfferEventOptions = {},
): Promise<{ counted: boolean }> {
  const now = options.now ?? new Date();
  const deduper = options.deduper ?? offerEventDeduper;
  const offer = await db.offer.findFirst({
    where: { ...publicOfferWhere, slug: input.offerSlug },
    select: { id: true },
  });
  if (!offer) return { counted: false };
  const key = `${options.fingerprint || "anonymous"}\u0000${offer.id}\u0000${input.kind}`;
  if (!deduper.firstTime(key, now.getTime())) return { counted: false };

  const column = Prisma.raw(COLUMNS[input.kind]);
  await db.$executeRaw`
    INSERT INTO offer_daily_stat (offer_id, day, ${column}) VALUES (${offer.id}, ${todayInCity(now)}::date, 1)
    ON CONFLICT (offer_id, day) DO UPDATE SET ${column} = offer_daily_stat.${column} + 1`;
  return { counted: true };
}
