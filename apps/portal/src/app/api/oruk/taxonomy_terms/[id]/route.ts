import { getOrukTaxonomyTerm } from "@free-city/api";
import { openDataOptions } from "~/server/open-data-response";
import { orukRecordRoute } from "~/server/oruk-route";

export const dynamic = "force-dynamic";
export const OPTIONS = openDataOptions;

/** One taxonomy term. */
export const GET = orukRecordRoute(getOrukTaxonomyTerm, 3600);
