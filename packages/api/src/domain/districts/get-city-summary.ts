import type { Database } from "@free-city/db";
import { facetIndex } from "../search/facet-index.ts";

/**
 * The city this installation serves (its name and slug) and how many offers are public in all:
 * the facet index's size (search/facet-index.ts), which holds exactly the public offers of the
 * current content version.
 */
export async function getCitySummary(db: Database) {
  const [city, index] = await Promise.all([
    db.city.findFirst({ orderBy: { createdAt: "asc" }, select: { name: true, slug: true } }),
    facetIndex(db),
  ]);
  return { name: city?.name ?? null, slug: city?.slug ?? null, liveOffers: index.size };
}
