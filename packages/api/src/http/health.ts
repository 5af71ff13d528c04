import { checkReadiness, type Database, getDb } from "@free-city/db";
import type { App } from "./security-headers.ts";

const NO_STORE = { "Cache-Control": "no-store" };
const startedAt = Date.now();

/** `GET /api/health`: the process is up and serving. Never touches the database. */
export function healthResponse(app: App): Response {
  return Response.json(
    { status: "ok", app, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) },
    { headers: NO_STORE },
  );
}

/**
 * `GET /api/ready`: send traffic here? 200 when the database answers and its applied migrations
 * are exactly this version's; 503 with the reason otherwise (a load balancer takes the instance
 * out until it is ready again).
 */
export async function readyResponse(app: App, db: () => Database = getDb): Promise<Response> {
  let result: Awaited<ReturnType<typeof checkReadiness>>;
  try {
    result = await checkReadiness(db());
  } catch (error) {
    result = {
      ready: false,
      reason: "database_unreachable",
      message: error instanceof Error ? error.message : "The database is not configured.",
    };
  }
  return Response.json(
    result.ready
      ? { status: "ready", app, migrations: result.migrations }
      : { status: "not_ready", app, reason: result.reason, message: result.message },
    { status: result.ready ? 200 : 503, headers: { ...NO_STORE, ...(result.ready ? {} : { "Retry-After": "5" }) } },
  );
}
