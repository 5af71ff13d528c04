import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { publicOfferWhere } from "../offers/public-offers.ts";
import { orukId, UUID_PATTERN } from "./oruk-id.ts";
import { cityName, loadOrukOffers, type OrukContext, toService } from "./oruk-shapes.ts";

/**
 * `/services/{id}`. Ids are hashes of slugs, so the offer is found by hashing the public offers'
 * slugs (one narrow index read; a few milliseconds for thousands of offers). Anything not public
 * is simply not found.
 */
export async function getOrukService(db: Database, id: string, ctx: Omit<OrukContext, "cityName">) {
  const offerId = await findPublicOfferId(db, id);
  const [offer] = await loadOrukOffers(db, offerId ? [offerId] : []);
  if (!offer) throw new AppError("NOT_FOUND");
  return toService(offer, { ...ctx, cityName: await cityName(db) });
}

export async function findPublicOfferId(db: Database, serviceId: string): Promise<string | null> {
  if (!UUID_PATTERN.test(serviceId)) return null;
  const wanted = serviceId.toLowerCase();
  const offers = await db.offer.findMany({ where: publicOfferWhere, select: { id: true, slug: true } });
  return offers.find((offer) => orukId("service", offer.slug) === wanted)?.id ?? null;
}
