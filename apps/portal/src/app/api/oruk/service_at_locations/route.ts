import { listOrukServiceAtLocations, parseOrukQuery } from "@free-city/api";
import { getDb } from "@free-city/db";
import { jsonBody, openDataGet, openDataOptions } from "~/server/open-data-response";

export const dynamic = "force-dynamic";
export const OPTIONS = openDataOptions;

/** A page of services at locations (each public offer at each of its venues), postcode and proximity too. */
export function GET(request: Request) {
  return openDataGet(
    request,
    async (url) =>
      jsonBody(await listOrukServiceAtLocations(getDb(), parseOrukQuery(url.searchParams), { baseUrl: url.origin })),
    { maxAge: 300 },
  );
}
