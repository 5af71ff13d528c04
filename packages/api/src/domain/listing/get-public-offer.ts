import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { publicOfferWhere } from "../offers/public-offers.ts";
import { listLiveOfferPhotos } from "../photos/public-photos.ts";
import {
  flattenCategories,
  publicCategorySelect,
  publicScheduleSelect,
  publicVenueSelect,
  publicVenueWhere,
} from "./public-shapes.ts";

/**
 * One offer as the portal shows it. The offer's own columns hold only approved content (see the
 * lifecycle note in schema.prisma), so a change waiting in review never shows here: revisions
 * are not read at all. Only venues the public may see are listed.
 */
export async function getPublicOffer(db: Database, slug: string) {
  const offer = await db.offer.findFirst({
    where: { ...publicOfferWhere, slug },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      description: true,
      minAge: true,
      maxAge: true,
      aloneFromAge: true,
      costType: true,
      costCondition: true,
      takeUpMethod: true,
      bookingUrl: true,
      bookingPhone: true,
      takeUpCode: true,
      takeUpNotes: true,
      sendFriendly: true,
      quietSessions: true,
      accessNotes: true,
      dbsCheckedStaff: true,
      safeguardingNotes: true,
      lastConfirmedAt: true,
      organisation: { select: { name: true } },
      venues: {
        where: { venue: publicVenueWhere },
        select: { venue: { select: publicVenueSelect } },
        orderBy: { venue: { name: "asc" } },
      },
      ...publicScheduleSelect,
      ...publicCategorySelect,
    },
  });
  if (!offer) throw new AppError("NOT_FOUND");
  const { venues, categories, id, ...rest } = offer;
  return {
    ...rest,
    photos: await listLiveOfferPhotos(db, id),
    venues: venues.map((v) => v.venue),
    categories: flattenCategories(categories),
  };
}
