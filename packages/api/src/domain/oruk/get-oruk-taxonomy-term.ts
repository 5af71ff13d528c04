import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { orukId } from "./oruk-id.ts";
import { type OrukContext, toTaxonomyTerm } from "./oruk-shapes.ts";

/** `/taxonomy_terms/{id}`: one category (the tree is small, so its slugs are hashed to find it). */
export async function getOrukTaxonomyTerm(db: Database, id: string, ctx: Pick<OrukContext, "baseUrl">) {
  const categories = await db.category.findMany({
    where: { mergedIntoId: null, archivedAt: null },
    select: { slug: true, name: true, description: true, parent: { select: { slug: true } } },
  });
  const category = categories.find((c) => orukId("taxonomy_term", c.slug) === id.toLowerCase());
  if (!category) throw new AppError("NOT_FOUND");
  return toTaxonomyTerm(category, { ...ctx, cityName: "" });
}
