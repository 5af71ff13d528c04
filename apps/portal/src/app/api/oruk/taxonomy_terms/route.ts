import { listOrukTaxonomyTerms, parseOrukPaging } from "@free-city/api";
import { getDb } from "@free-city/db";
import { jsonBody, openDataGet, openDataOptions } from "~/server/open-data-response";

export const dynamic = "force-dynamic";
export const OPTIONS = openDataOptions;

/** A page of the council's categories as taxonomy terms, parents kept. */
export function GET(request: Request) {
  return openDataGet(
    request,
    async (url) =>
      jsonBody(await listOrukTaxonomyTerms(getDb(), parseOrukPaging(url.searchParams), { baseUrl: url.origin })),
    { maxAge: 3600 },
  );
}
