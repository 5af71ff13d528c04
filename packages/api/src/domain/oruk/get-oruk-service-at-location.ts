import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { publicVenueWhere } from "../listing/public-shapes.ts";
import { publicOfferWhere } from "../offers/public-offers.ts";
import { orukId, UUID_PATTERN } from "./oruk-id.ts";
import { cityName, loadOrukOffers, type OrukContext, toLocation, toService } from "./oruk-shapes.ts";

/** `/service_at_locations/{id}`: the offer at that venue, with the venue in full and the service in full. */
export async function getOrukServiceAtLocation(db: Database, id: string, ctx: Omit<OrukContext, "cityName">) {
  if (!UUID_PATTERN.test(id)) throw new AppError("NOT_FOUND");
  const wanted = id.toLowerCase();
  const pairs = await db.offerVenue.findMany({
    where: { offer: publicOfferWhere, venue: publicVenueWhere },
    select: { offerId: true, offer: { select: { slug: true } }, venue: { select: { slug: true } } },
  });
  const pair = pairs.find((p) => orukId("service_at_location", p.offer.slug, p.venue.slug) === wanted);
  const [offer] = await loadOrukOffers(db, pair ? [pair.offerId] : []);
  const venue = offer?.venues.find((v) => v.venue.slug === pair?.venue.slug)?.venue;
  if (!offer || !venue) throw new AppError("NOT_FOUND");
  const full = { ...ctx, cityName: await cityName(db) };
  const { service_at_locations: _all, ...service } = toService(offer, full);
  const venueId = orukId("location", venue.slug);
  return {
    id: wanted,
    service_id: service.id,
    location_id: venueId,
    location: toLocation(venue, full),
    // The sessions at this venue: those set for it, and those of an offer that does not say where.
    service: {
      ...service,
      schedules: service.schedules.filter(
        (s) => !("service_at_location_id" in s) || s.service_at_location_id === wanted,
      ),
    },
  };
}
