import { getOrukApiInfo } from "@free-city/api";
import { jsonBody, openDataGet, openDataOptions } from "~/server/open-data-response";

export const dynamic = "force-dynamic";
export const OPTIONS = openDataOptions;

/** The Open Referral UK API's description: its version, profile and OpenAPI document. */
export function GET(request: Request) {
  return openDataGet(request, (url) => jsonBody(getOrukApiInfo({ baseUrl: url.origin })), { maxAge: 3600 });
}
