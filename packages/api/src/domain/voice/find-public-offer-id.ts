import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { publicOfferWhere } from "../offers/public-offers.ts";

/** The id of a public offer by slug; NOT_FOUND for anything the public may not see. */
export async function findPublicOfferId(db: Database, slug: string): Promise<string> {
  const offer = await db.offer.findFirst({ where: { ...publicOfferWhere, slug }, select: { id: true } });
  if (!offer) throw new AppError("NOT_FOUND");
  return offer.id;
}
