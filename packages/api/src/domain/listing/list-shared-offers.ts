import type { Database } from "@free-city/db";
import { SAVED_FEED_MAX } from "../feeds/list-feed-offers.ts";
import { publicOfferWhere } from "../offers/public-offers.ts";
import { offerCardSelect, toOfferCard } from "./public-shapes.ts";

/**
 * A saved list someone shared as a link: the offers named in the address (nothing is stored on
 * the server), public ones only, in the order given; names that are not public are left out.
 */
export async function listSharedOffers(db: Database, slugs: string[]) {
  const wanted = [...new Set(slugs)].slice(0, SAVED_FEED_MAX);
  const rows = await db.offer.findMany({
    where: { ...publicOfferWhere, slug: { in: wanted } },
    select: offerCardSelect,
  });
  const bySlug = new Map(rows.map((row) => [row.slug, toOfferCard(row)]));
  return wanted.flatMap((slug) => bySlug.get(slug) ?? []);
}
