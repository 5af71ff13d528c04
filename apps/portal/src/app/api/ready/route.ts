import { readyResponse } from "@free-city/api/http";

export const dynamic = "force-dynamic";

/** The database answers and its migrations match this version: 200, else 503 with the reason. */
export function GET() {
  return readyResponse("portal");
}
