import { createVenueInput, suggestDistrictInput, updateVenueInput, venueRefInput } from "@free-city/schemas";
import { actorOf } from "../domain/actor.ts";
import { archiveVenue } from "../domain/venues/archive-venue.ts";
import { createVenue } from "../domain/venues/create-venue.ts";
import { getOrganisationVenue } from "../domain/venues/get-organisation-venue.ts";
import { listOrganisationVenues } from "../domain/venues/list-organisation-venues.ts";
import { suggestDistrict } from "../domain/venues/suggest-district.ts";
import { updateVenue } from "../domain/venues/update-venue.ts";
import { createTRPCRouter, partnerEditProcedure, partnerProcedure, protectedProcedure } from "../trpc.ts";

export const venueRouter = createTRPCRouter({
  /** Partner member: the organisation's venues. */
  list: partnerProcedure.query(({ ctx }) => listOrganisationVenues(ctx.db, ctx.organisation.id)),
  /** Partner member: one of the organisation's venues. */
  get: partnerProcedure.input(venueRefInput).query(({ ctx, input }) => getOrganisationVenue(ctx.db, input)),
  /** Partner member, not suspended: add a venue (it waits for staff to check it). */
  create: partnerEditProcedure
    .input(createVenueInput)
    .mutation(({ ctx, input: { organisationId, ...venue } }) =>
      createVenue(ctx.db, actorOf(ctx.user), organisationId, venue),
    ),
  /** Partner member, not suspended: change a venue. */
  update: partnerEditProcedure
    .input(updateVenueInput)
    .mutation(({ ctx, input: { organisationId, venueId, ...venue } }) =>
      updateVenue(ctx.db, actorOf(ctx.user), { organisationId, venueId, venue }),
    ),
  /** Partner member, not suspended: archive a venue no offer needs. */
  archive: partnerEditProcedure
    .input(venueRefInput)
    .mutation(({ ctx, input }) => archiveVenue(ctx.db, actorOf(ctx.user), input)),
  /** Signed in: the district a postcode is in (from the city's postcode list), or null. */
  suggestDistrict: protectedProcedure
    .input(suggestDistrictInput)
    .query(({ ctx, input }) => suggestDistrict(ctx.db, input.postcode)),
});
