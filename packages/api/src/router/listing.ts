import { slugParam } from "@free-city/schemas";
import { z } from "zod";
import { getDistrictPage } from "../domain/listing/get-district-page.ts";
import { getPublicOffer } from "../domain/listing/get-public-offer.ts";
import { getPublicVenue } from "../domain/listing/get-public-venue.ts";
import { listSharedOffers } from "../domain/listing/list-shared-offers.ts";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

/** Slugs are made of lower-case letters, digits and hyphens; anything else cannot name a listing. */
export const slugInput = z.strictObject({ slug: slugParam() });

export const listingRouter = createTRPCRouter({
  /** Public: one live offer's page (approved content only). NOT_FOUND when missing or not public. */
  offer: publicProcedure.input(slugInput).query(({ ctx, input }) => getPublicOffer(ctx.db, input.slug)),
  /** Public: an approved venue with its live offers. */
  venue: publicProcedure.input(slugInput).query(({ ctx, input }) => getPublicVenue(ctx.db, input.slug)),
  /** Public: a district's live offers grouped by top-level category. */
  district: publicProcedure.input(slugInput).query(({ ctx, input }) => getDistrictPage(ctx.db, input.slug)),
  /** Public: a shared saved list, from the names in its link (at most 50; public offers only). */
  shared: publicProcedure
    .input(z.strictObject({ slugs: z.array(slugInput.shape.slug).max(50) }))
    .query(({ ctx, input }) => listSharedOffers(ctx.db, input.slugs)),
});
