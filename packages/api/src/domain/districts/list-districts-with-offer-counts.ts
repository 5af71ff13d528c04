import type { Database } from "@free-city/db";
import { publicOfferWhere } from "../offers/public-offers.ts";

/** The city's districts in order, each with how many live offers run at its venues. */
export async function listDistrictsWithOfferCounts(db: Database) {
  const districts = await db.district.findMany({
    orderBy: { position: "asc" },
    select: { id: true, slug: true, name: true, summary: true },
  });
  return Promise.all(
    districts.map(async (district) => ({
      ...district,
      liveOffers: await db.offer.count({
        where: { ...publicOfferWhere, venues: { some: { venue: { districtId: district.id, status: "APPROVED" } } } },
      }),
    })),
  );
}
