import { healthResponse } from "@free-city/api/http";

export const dynamic = "force-dynamic";

/** The process is up (no database call): for a load balancer's liveness check. */
export function GET() {
  return healthResponse("portal");
}
