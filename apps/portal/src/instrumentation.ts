import type { Instrumentation } from "next";

/** The pool had no free connection in time (Prisma's transaction wait, or pg's own connect wait). */
const POOL_TIMEOUT = /Unable to start a transaction in the given time|timeout exceeded when trying to connect/;

function isPoolTimeout(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  return POOL_TIMEOUT.test(error.message) || isPoolTimeout(error.cause, depth + 1);
}

/**
 * A page that failed because every database connection was busy for longer than the pool waits
 * (a burst of visitors) is named to scripts/serve.ts by its request id, which then sends the
 * friendly "try again in a minute" (503, Retry-After) instead of an error page with status 500.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request) => {
  if (!isPoolTimeout(error)) return;
  const id = request.headers["x-request-id"];
  const busy = (globalThis as { freeCityBusyRequests?: Set<string> }).freeCityBusyRequests;
  if (typeof id === "string") busy?.add(id);
};
