import { listOrukTaxonomies, parseOrukPaging } from "@free-city/api";
import { jsonBody, openDataGet, openDataOptions } from "~/server/open-data-response";

export const dynamic = "force-dynamic";
export const OPTIONS = openDataOptions;

/** The one taxonomy: the council's categories. */
export function GET(request: Request) {
  return openDataGet(
    request,
    (url) => jsonBody(listOrukTaxonomies(parseOrukPaging(url.searchParams), { baseUrl: url.origin })),
    { maxAge: 3600 },
  );
}
