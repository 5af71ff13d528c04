import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Context } from "../context.ts";
import { appRouter } from "../root.ts";
import { BodyTooLarge, readBodyCapped, tooLarge, withBody } from "./body.ts";

/**
 * At most this many procedures in one batched request. The admin's own client never batches more
 * (its httpBatchLink has the same maxItems); without a cap one anonymous request could run
 * hundreds of searches at once.
 */
export const MAX_BATCH_SIZE = 10;

/**
 * The largest tRPC request body. Forms with a file (the CSV import) go through server actions,
 * not this endpoint, so JSON inputs are small; this leaves room for a long description.
 */
export const MAX_TRPC_BODY_BYTES = 256 * 1024;

/**
 * The HTTP endpoint of the API (the admin's /api/trpc): refuses an oversized batch before any
 * procedure runs (400) and a body over the limit (413), then hands over to tRPC.
 */
export function createTrpcHandler(options: {
  endpoint: string;
  createContext: (request: Request) => Promise<Context>;
  maxBatchSize?: number;
  maxBodyBytes?: number;
  onInternalError?: (path: string | undefined, error: unknown) => void;
}) {
  const maxBatchSize = options.maxBatchSize ?? MAX_BATCH_SIZE;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_TRPC_BODY_BYTES;
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const raw = url.pathname.slice(url.pathname.indexOf(options.endpoint) + options.endpoint.length);
    let paths: string[];
    try {
      paths = decodeURIComponent(raw).replace(/^\//, "").split(",");
    } catch {
      return Response.json(
        { error: { message: "That is not a procedure's address.", code: "BAD_REQUEST" } },
        { status: 400 },
      );
    }
    if (paths.length > maxBatchSize)
      return Response.json(
        { error: { message: `Too many calls in one request: at most ${maxBatchSize}.`, code: "BAD_REQUEST" } },
        { status: 400 },
      );
    let body: Uint8Array;
    try {
      body = await readBodyCapped(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) return tooLarge(maxBodyBytes);
      throw error;
    }
    const req = withBody(request, body);
    return fetchRequestHandler({
      endpoint: options.endpoint,
      router: appRouter,
      req,
      maxBatchSize,
      createContext: () => options.createContext(req),
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") options.onInternalError?.(path, error.cause ?? error);
      },
    });
  };
}
