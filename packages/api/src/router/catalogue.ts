import { categorySuggestionInput } from "@free-city/schemas";
import { actorOf } from "../domain/actor.ts";
import { listCategorySuggestions } from "../domain/catalogue/list-category-suggestions.ts";
import { listPartnerCategories } from "../domain/catalogue/list-partner-categories.ts";
import { suggestCategory } from "../domain/catalogue/suggest-category.ts";
import { listDistrictNames } from "../domain/districts/list-district-names.ts";
import { createTRPCRouter, partnerEditProcedure, partnerProcedure, protectedProcedure } from "../trpc.ts";

export const catalogueRouter = createTRPCRouter({
  /** Signed in: the city's districts, to place a venue in. */
  districts: protectedProcedure.query(({ ctx }) => listDistrictNames(ctx.db)),
  /** Signed in: the taxonomy to choose an offer's categories from. */
  categories: protectedProcedure.query(({ ctx }) => listPartnerCategories(ctx.db)),
  /** Partner member, not suspended: suggest a new category for staff to consider. */
  suggestCategory: partnerEditProcedure
    .input(categorySuggestionInput)
    .mutation(({ ctx, input }) => suggestCategory(ctx.db, actorOf(ctx.user), input)),
  /** Partner member: their organisation's suggestions and what staff decided. */
  mySuggestions: partnerProcedure.query(({ ctx }) => listCategorySuggestions(ctx.db, ctx.organisation.id)),
});
