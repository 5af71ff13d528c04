import { getOrukTaxonomy } from "@free-city/api";
import { openDataOptions } from "~/server/open-data-response";
import { orukRecordRoute } from "~/server/oruk-route";

export const dynamic = "force-dynamic";
export const OPTIONS = openDataOptions;

/** The taxonomy with all its terms. */
export const GET = orukRecordRoute(getOrukTaxonomy, 3600);
