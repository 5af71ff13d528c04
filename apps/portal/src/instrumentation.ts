import type { Instrumentation } from "next";
import { isNodeRuntime } from "./env";

/**
 * scripts/serve.ts keeps rendered pages for a while (its page cache) and sends them without asking
 * Next; an offer page sent that way is still a view to count. It finds the counter here.
 */
export async function register() {
  if (!isNodeRuntime()) return;
  const { recordCachedOfferView } = await import("./server/offer-events");
  (globalThis as { freeCityCountCachedView?: typeof recordCachedOfferView }).freeCityCountCachedView =
    recordCachedOfferView;
}

/**
 * The database was too busy to answer in time: the pool had no free connection within its wait
 * (Prisma's transaction wait, or pg's own connect wait), or a transaction (a search) outlived
 * Prisma's transaction timeout.
 */
const POOL_TIMEOUT =
  /Unable to start a transaction in the given time|timeout exceeded when trying to connect|cannot be executed on an expired transaction|Transaction already closed/;

function isPoolTimeout(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  return POOL_TIMEOUT.test(error.message) || isPoolTimeout(error.cause, depth + 1);
}

/**
 * A page that failed because the database was too busy (a burst of visitors) is named to scripts/serve.ts by its request id, which then sends the
 * friendly "try again in a minute" (503, Retry-After) instead of an error page with status 500.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request) => {
  if (!isPoolTimeout(error)) return;
  const id = request.headers["x-request-id"];
  const busy = (globalThis as { freeCityBusyRequests?: Set<string> }).freeCityBusyRequests;
  if (typeof id === "string") busy?.add(id);
};
