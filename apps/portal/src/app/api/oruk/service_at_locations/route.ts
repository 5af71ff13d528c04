import { listOrukServiceAtLocations, parseOrukQuery } from "@free-city/api";
import { openDataOptions } from "~/server/open-data-response";
import { orukListRoute } from "~/server/oruk-route";

export const dynamic = "force-dynamic";
export const OPTIONS = openDataOptions;

/** A page of services at locations (each public offer at each of its venues), postcode and proximity too. */
export const GET = orukListRoute(parseOrukQuery, listOrukServiceAtLocations, 300);
