import { createTrpcHandler } from "@free-city/api/trpc-handler";
import { requestContext } from "~/server/auth";

/**
 * The API over HTTP: at most 10 calls in one batch and 256 KB of body (see createTrpcHandler);
 * youth-voice calls are limited per client, like the portal's forms.
 */
const handler = createTrpcHandler({
  endpoint: "/api/trpc",
  createContext: requestContext,
  onInternalError(path, error) {
    console.error(`tRPC ${path ?? "?"} failed:`, error);
  },
});

export { handler as GET, handler as POST };
