import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { publicOfferWhere } from "../offers/public-offers.ts";
import { listLiveOfferPhotos } from "../photos/public-photos.ts";
import { countPublishedReactions } from "../voice/count-published-reactions.ts";
import { categoryIconsOf } from "./category-icons-of.ts";
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
      language: true,
      translations: true,
      sendFriendly: true,
      quietSessions: true,
      accessNotes: true,
      dbsCheckedStaff: true,
      safeguardingNotes: true,
      lastConfirmedAt: true,
      capacity: true,
      organisation: {
        select: {
          name: true,
          slug: true,
          verificationStatus: true,
          pledgeAgreedAt: true,
          website: true,
          publicEmail: true,
          publicPhone: true,
        },
      },
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
  const { venues, categories, organisation, id, ...rest } = offer;
  // Only a verified organisation has a public profile; its pledge shows only once the council checked it.
  const verified = organisation.verificationStatus === "VERIFIED";
  const [photos, reactions, icons] = await Promise.all([
    listLiveOfferPhotos(db, id),
    countPublishedReactions(db, id),
    categoryIconsOf(db, [id]),
  ]);
  return {
    ...rest,
    photos,
    /** Its top-level category's icon: the illustration drawn when it has no photo. */
    categoryIcon: icons.get(id) ?? null,
    reactions,
    organisation: {
      name: organisation.name,
      profileSlug: verified ? organisation.slug : null,
      pledged: verified && organisation.pledgeAgreedAt !== null,
      // The partner's public contact details (each one given or left blank by the partner, on
      // the profile staff review), shown once the council has checked the organisation: the
      // same rule as its public profile page.
      contact: verified
        ? { website: organisation.website, email: organisation.publicEmail, phone: organisation.publicPhone }
        : null,
    },
    venues: venues.map((v) => v.venue),
    categories: flattenCategories(categories),
  };
}
