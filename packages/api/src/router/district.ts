import { listDistrictsWithOfferCounts } from "../domain/districts/list-districts.ts";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

export const districtRouter = createTRPCRouter({
  /** Public: the districts with live-offer counts (portal home). */
  listWithCounts: publicProcedure.query(({ ctx }) => listDistrictsWithOfferCounts(ctx.db)),
});
