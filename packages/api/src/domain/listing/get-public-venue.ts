import type { Database } from "@free-city/db";
import { z } from "zod";
import { AppError } from "../../errors.ts";
import { listLiveVenuePhotos } from "../photos/public-photos.ts";
import { offerCardSelect, publicOffersAt, publicVenueSelect, publicVenueWhere, toOfferCard } from "./public-shapes.ts";

/**
 * The stored shape of `venue.opening_hours` (the admin and the demo seeds write it). Read
 * defensively: a malformed value shows as "no opening hours given", never as an error page.
 */
const openingHours = z
  .array(
    z.object({
      day: z.number().int().min(1).max(7),
      opens: z.string().regex(/^\d{2}:\d{2}$/),
      closes: z.string().regex(/^\d{2}:\d{2}$/),
    }),
  )
  .catch([]);

/** A venue as the portal shows it, with its live photos and offers. Only approved venues of active organisations. */
export async function getPublicVenue(db: Database, slug: string) {
  const venue = await db.venue.findFirst({
    where: { ...publicVenueWhere, slug },
    select: {
      ...publicVenueSelect,
      id: true,
      openingHours: true,
      openingNotes: true,
      organisation: { select: { name: true } },
    },
  });
  if (!venue) throw new AppError("NOT_FOUND");
  const offers = await db.offer.findMany({
    where: publicOffersAt({ id: venue.id }),
    select: offerCardSelect,
    orderBy: { title: "asc" },
  });
  const { id, ...rest } = venue;
  return {
    ...rest,
    openingHours: openingHours.parse(rest.openingHours ?? []),
    photos: await listLiveVenuePhotos(db, id),
    offers: offers.map(toOfferCard),
  };
}
