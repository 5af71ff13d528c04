import { listDistrictsWithOfferCounts } from "../domain/districts/list-districts.ts";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

export const districtRouter = createTRPCRouter({
  /** Public: the districts with live-offer counts (portal home). */
  listWithCounts: publicProcedure.query(({ ctx }) => listDistrictsWithOfferCounts(ctx.db)),
  /** Public: the city this installation serves (its name). */
  city: publicProcedure.query(({ ctx }) => ctx.db.city.findFirst({ orderBy: { createdAt: "asc" }, select: { name: true, slug: true } })),
});
