import { getOrukOpenApi } from "@free-city/api";
import { jsonBody, openDataGet, openDataOptions } from "~/server/open-data-response";

export const dynamic = "force-dynamic";
export const OPTIONS = openDataOptions;

/** The profile's OpenAPI document (CC BY-SA 4.0, Open Referral) with this server in it. */
export function GET(request: Request) {
  return openDataGet(request, (url) => jsonBody(getOrukOpenApi({ baseUrl: url.origin })), { maxAge: 3600 });
}
