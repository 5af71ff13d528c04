import { listDistrictsWithOfferCounts } from "../domain/districts/list-districts.ts";
import { publicOfferWhere } from "../domain/offers/public-offers.ts";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

export const districtRouter = createTRPCRouter({
  /** Public: the districts with live-offer counts (portal home). */
  listWithCounts: publicProcedure.query(({ ctx }) => listDistrictsWithOfferCounts(ctx.db)),
  /** Public: the city this installation serves (its name) and how many offers are live in all. */
  city: publicProcedure.query(async ({ ctx }) => {
    const [city, liveOffers] = await Promise.all([
      ctx.db.city.findFirst({ orderBy: { createdAt: "asc" }, select: { name: true, slug: true } }),
      ctx.db.offer.count({ where: publicOfferWhere }),
    ]);
    return { name: city?.name ?? null, slug: city?.slug ?? null, liveOffers };
  }),
});
