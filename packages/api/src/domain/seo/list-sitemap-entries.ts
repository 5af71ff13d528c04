import type { Database } from "@free-city/db";
import { publicVenueWhere } from "../listing/public-shapes.ts";
import { publicOfferWhere } from "../offers/public-offers.ts";

/**
 * Every public page's address key for the sitemap: live offers (with when they last changed),
 * approved venues of active organisations, districts and the context pages. The same filters as
 * the pages themselves, so the sitemap never lists a page that would say "not found".
 */
export async function listSitemapEntries(db: Database) {
  const [offers, venues, districts, pages] = await Promise.all([
    db.offer.findMany({ where: publicOfferWhere, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.venue.findMany({ where: publicVenueWhere, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.district.findMany({ select: { slug: true }, orderBy: { position: "asc" } }),
    db.contextPage.findMany({ select: { slug: true, updatedAt: true }, orderBy: { position: "asc" } }),
  ]);
  return { offers, venues, districts, pages };
}
