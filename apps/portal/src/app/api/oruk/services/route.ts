import { listOrukServices, parseOrukQuery } from "@free-city/api";
import { getDb } from "@free-city/db";
import { jsonBody, openDataGet, openDataOptions } from "~/server/open-data-response";

export const dynamic = "force-dynamic";
export const OPTIONS = openDataOptions;

/** A page of services (public offers), filtered like the portal search. */
export function GET(request: Request) {
  return openDataGet(
    request,
    async (url) => jsonBody(await listOrukServices(getDb(), parseOrukQuery(url.searchParams), { baseUrl: url.origin })),
    { maxAge: 300 },
  );
}
