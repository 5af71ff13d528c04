import { offerSearchInput } from "@free-city/schemas";
import { getSearchOptions } from "../domain/catalogue/get-search-options.ts";
import { countSearchFilters } from "../domain/search/count-search-filters.ts";
import { searchOffers } from "../domain/search/search-offers.ts";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

export const searchRouter = createTRPCRouter({
  /** Public (the portal, no account): search live offers; nonsense parameters are dropped, never refused. */
  offers: publicProcedure.input(offerSearchInput).query(({ ctx, input }) => searchOffers(ctx.db, input)),
  /** Public: how many results each filter option would give with the other filters as they are. */
  filterCounts: publicProcedure.input(offerSearchInput).query(({ ctx, input }) => countSearchFilters(ctx.db, input)),
  /** Public: the districts and the category tree the search can filter by. */
  options: publicProcedure.query(({ ctx }) => getSearchOptions(ctx.db)),
});
