import {
  createCategoryInput,
  decideSuggestionInput,
  mergeCategoryInput,
  moveCategoryInput,
  renameCategoryInput,
} from "@free-city/schemas";
import { actorOf } from "../domain/actor.ts";
import { createCategory } from "../domain/taxonomy/create-category.ts";
import { decideSuggestion } from "../domain/taxonomy/decide-suggestion.ts";
import { listTaxonomy } from "../domain/taxonomy/list-taxonomy.ts";
import { mergeCategory } from "../domain/taxonomy/merge-category.ts";
import { moveCategory } from "../domain/taxonomy/move-category.ts";
import { renameCategory } from "../domain/taxonomy/rename-category.ts";
import { adminProcedure, createTRPCRouter } from "../trpc.ts";

/** The council's categories. Administrators only: moderators use the taxonomy, they don't change it. */
export const taxonomyRouter = createTRPCRouter({
  /** Admin: the category tree with offer counts, retired categories and partners' suggestions. */
  list: adminProcedure.query(({ ctx }) => listTaxonomy(ctx.db)),
  /** Admin: add a category or sub-category. */
  create: adminProcedure
    .input(createCategoryInput)
    .mutation(({ ctx, input }) => createCategory(ctx.db, actorOf(ctx.user), input)),
  /** Admin: rename a category (and its description). */
  rename: adminProcedure
    .input(renameCategoryInput)
    .mutation(({ ctx, input }) => renameCategory(ctx.db, actorOf(ctx.user), input)),
  /** Admin: move a category under another, or to the top level. */
  move: adminProcedure
    .input(moveCategoryInput)
    .mutation(({ ctx, input }) => moveCategory(ctx.db, actorOf(ctx.user), input)),
  /** Admin: merge a category into another; its offers move. */
  merge: adminProcedure
    .input(mergeCategoryInput)
    .mutation(({ ctx, input }) => mergeCategory(ctx.db, actorOf(ctx.user), input)),
  /** Admin: accept a partner's suggestion (create a category, or map it to one) or decline it. */
  decideSuggestion: adminProcedure
    .input(decideSuggestionInput)
    .mutation(({ ctx, input }) => decideSuggestion(ctx.db, actorOf(ctx.user), input)),
});
