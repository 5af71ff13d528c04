import { type Database, Prisma } from "@free-city/db";
import { aggregateSettingsSql, hiddenOffersSql } from "../search/search-sql.ts";

/** The city's districts in order, each with how many live offers run at its venues. */
export async function listDistrictsWithOfferCounts(db: Database) {
  const [districts, counts] = await Promise.all([
    db.district.findMany({
      orderBy: { position: "asc" },
      select: { id: true, slug: true, name: true, summary: true },
    }),
    db.$transaction([
      db.$queryRaw(aggregateSettingsSql),
      db.$queryRaw<{ district_id: string; live_offers: number }[]>(districtOfferCountsSql),
    ]),
  ]);
  const byDistrict = new Map(counts[1].map((row) => [row.district_id, row.live_offers]));
  return districts.map((district) => ({ ...district, liveOffers: byDistrict.get(district.id) ?? 0 }));
}

/**
 * Each district's count of public offers (publicOfferWhere: not in `hidden`) with an approved
 * venue there, an offer at two venues in one district counted once, in one statement: one scan
 * of offer_venue joined to the approved venues, grouped. It replaces a count per district, each
 * of which read all 100 000 offers again (~340 ms for the home page's 10 districts). The offer
 * rows are never read: `hidden` already leaves out every offer that is not live.
 */
const districtOfferCountsSql = Prisma.sql`
  WITH ${hiddenOffersSql}
  SELECT pairs.district_id, count(*)::int AS live_offers
  FROM (
    SELECT DISTINCT v.district_id, ov.offer_id
    FROM offer_venue ov JOIN venue v ON v.id = ov.venue_id
    WHERE v.status = 'APPROVED' AND ov.offer_id NOT IN (SELECT id FROM hidden)
  ) pairs
  GROUP BY pairs.district_id`;
