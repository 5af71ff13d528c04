import { type Database, Prisma } from "@free-city/db";
import { hiddenOffersSql } from "../search/search-sql.ts";

/** The city this installation serves (its name and slug) and how many offers are live in all. */
export async function getCitySummary(db: Database) {
  const [city, [counted]] = await Promise.all([
    db.city.findFirst({ orderBy: { createdAt: "asc" }, select: { name: true, slug: true } }),
    db.$queryRaw<{ live_offers: number }[]>(liveOffersSql),
  ]);
  return { name: city?.name ?? null, slug: city?.slug ?? null, liveOffers: counted?.live_offers ?? 0 };
}

/**
 * publicOfferWhere counted in SQL: live offers not in `hidden`. `o.status = 'LIVE'` lets the
 * planner count them from a narrow partial index of live offers (index-only) where Prisma's count
 * joined every offer to its organisation.
 */
const liveOffersSql = Prisma.sql`
  WITH ${hiddenOffersSql}
  SELECT count(*)::int AS live_offers FROM offer o WHERE o.status = 'LIVE' AND o.id NOT IN (SELECT id FROM hidden)`;
