import type { Database } from "@free-city/db";
import { publicOfferWhere } from "../offers/public-offers.ts";

/** The city this installation serves (its name and slug) and how many offers are live in all. */
export async function getCitySummary(db: Database) {
  const [city, liveOffers] = await Promise.all([
    db.city.findFirst({ orderBy: { createdAt: "asc" }, select: { name: true, slug: true } }),
    db.offer.count({ where: publicOfferWhere }),
  ]);
  return { name: city?.name ?? null, slug: city?.slug ?? null, liveOffers };
}
