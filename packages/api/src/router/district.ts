import { getCitySummary } from "../domain/districts/get-city-summary.ts";
import { listDistrictsWithOfferCounts } from "../domain/districts/list-districts-with-offer-counts.ts";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

export const districtRouter = createTRPCRouter({
  /** Public: the districts with live-offer counts (portal home). */
  listWithCounts: publicProcedure.query(({ ctx }) => listDistrictsWithOfferCounts(ctx.db)),
  /** Public: the city this installation serves (its name) and how many offers are live in all. */
  city: publicProcedure.query(({ ctx }) => getCitySummary(ctx.db)),
});
