import { z } from "zod";
import { AppError } from "../errors.ts";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

const pageSummary = { slug: true, title: true, summary: true, audience: true } as const;

export const contextPageRouter = createTRPCRouter({
  /** Public: the context pages in order (about, privacy, accessibility…). */
  list: publicProcedure.query(({ ctx }) =>
    ctx.db.contextPage.findMany({ orderBy: { position: "asc" }, select: pageSummary }),
  ),
  /** Public: one page, its Markdown body and its sources. */
  bySlug: publicProcedure.input(z.strictObject({ slug: z.string().min(1).max(100) })).query(async ({ ctx, input }) => {
    const page = await ctx.db.contextPage.findUnique({
      where: { slug: input.slug },
      select: { ...pageSummary, body: true, sources: true, updatedAt: true },
    });
    if (!page) throw new AppError("NOT_FOUND");
    return page;
  }),
});
