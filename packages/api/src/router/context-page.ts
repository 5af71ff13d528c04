import { slugParam } from "@free-city/schemas";
import { z } from "zod";
import { getContextPage } from "../domain/listing/get-context-page.ts";
import { listContextPages } from "../domain/listing/list-context-pages.ts";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

export const contextPageRouter = createTRPCRouter({
  /** Public: the context pages in order (about, privacy, accessibility…). */
  list: publicProcedure.query(({ ctx }) => listContextPages(ctx.db)),
  /** Public: one page, its Markdown body and its sources. */
  bySlug: publicProcedure
    .input(z.strictObject({ slug: slugParam(100) }))
    .query(({ ctx, input }) => getContextPage(ctx.db, input.slug)),
});
