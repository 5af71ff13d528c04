import { listOrukTaxonomyTerms, parseOrukPaging } from "@free-city/api";
import { openDataOptions } from "~/server/open-data-response";
import { orukListRoute } from "~/server/oruk-route";

export const dynamic = "force-dynamic";
export const OPTIONS = openDataOptions;

/** A page of the council's categories as taxonomy terms, parents kept. */
export const GET = orukListRoute(parseOrukPaging, listOrukTaxonomyTerms, 3600);
