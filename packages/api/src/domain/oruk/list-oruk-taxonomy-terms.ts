import type { Database } from "@free-city/db";
import { type OrukContext, toPage, toTaxonomyTerm } from "./oruk-shapes.ts";

/**
 * The council's category tree as taxonomy terms (parents kept), in the admin's order. Categories
 * merged into another or archived are left out: no offer is filed under them any more.
 */
export async function listOrukTaxonomyTerms(
  db: Database,
  paging: { page: number; perPage: number },
  ctx: Pick<OrukContext, "baseUrl">,
) {
  const where = { mergedIntoId: null, archivedAt: null };
  const [total, categories] = await Promise.all([
    db.category.count({ where }),
    db.category.findMany({
      where,
      select: { slug: true, name: true, description: true, parent: { select: { slug: true } } },
      orderBy: { slug: "asc" },
      skip: (paging.page - 1) * paging.perPage,
      take: paging.perPage,
    }),
  ]);
  const full = { ...ctx, cityName: "" };
  return toPage(
    categories.map((c) => toTaxonomyTerm(c, full)),
    total,
    paging.page,
    paging.perPage,
  );
}
