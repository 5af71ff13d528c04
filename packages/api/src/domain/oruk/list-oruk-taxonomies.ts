import { type OrukContext, TAXONOMY_ID, TAXONOMY_NAME, toPage } from "./oruk-shapes.ts";

/** The one taxonomy: the council's categories (terms at `/taxonomy_terms`). */
export function orukTaxonomy(ctx: Pick<OrukContext, "baseUrl">) {
  return {
    id: TAXONOMY_ID,
    name: TAXONOMY_NAME,
    description: "The categories the council files free activities for children and young people under.",
    uri: `${ctx.baseUrl}/api/oruk/taxonomy_terms`,
  };
}

/** `/taxonomies`: a page holding the one taxonomy (an empty page past it). */
export function listOrukTaxonomies(paging: { page: number; perPage: number }, ctx: Pick<OrukContext, "baseUrl">) {
  const contents = paging.page === 1 ? [orukTaxonomy(ctx)] : [];
  return toPage(contents, 1, paging.page, paging.perPage);
}
