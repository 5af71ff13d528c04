import { getOrukServiceAtLocation } from "@free-city/api";
import { openDataOptions } from "~/server/open-data-response";
import { orukRecordRoute } from "~/server/oruk-route";

export const dynamic = "force-dynamic";
export const OPTIONS = openDataOptions;

/** One service at one location, both in full. */
export const GET = orukRecordRoute(getOrukServiceAtLocation, 300);
