import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { orukTaxonomy } from "./list-oruk-taxonomies.ts";
import { listOrukTaxonomyTerms } from "./list-oruk-taxonomy-terms.ts";
import type { OrukContext } from "./oruk-shapes.ts";

/** `/taxonomies/{id}`: the council's taxonomy with every term in it. */
export async function getOrukTaxonomy(db: Database, id: string, ctx: Pick<OrukContext, "baseUrl">) {
  const taxonomy = orukTaxonomy(ctx);
  if (id.toLowerCase() !== taxonomy.id) throw new AppError("NOT_FOUND");
  const terms = await listOrukTaxonomyTerms(db, { page: 1, perPage: 10_000 }, ctx);
  return { ...taxonomy, taxonomy_terms: terms.contents };
}
