import { getOrukService } from "@free-city/api";
import { openDataOptions } from "~/server/open-data-response";
import { orukRecordRoute } from "~/server/oruk-route";

export const dynamic = "force-dynamic";
export const OPTIONS = openDataOptions;

/** One service in full. */
export const GET = orukRecordRoute(getOrukService, 300);
