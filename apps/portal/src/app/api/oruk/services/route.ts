import { listOrukServices, parseOrukQuery } from "@free-city/api";
import { openDataOptions } from "~/server/open-data-response";
import { orukListRoute } from "~/server/oruk-route";

export const dynamic = "force-dynamic";
export const OPTIONS = openDataOptions;

/** A page of services (public offers), filtered like the portal search. */
export const GET = orukListRoute(parseOrukQuery, listOrukServices, 300);
