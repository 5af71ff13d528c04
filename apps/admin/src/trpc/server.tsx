import "server-only";
import { createCaller } from "@free-city/api";
import { cache } from "react";
import { requestContext } from "~/server/auth";

/**
 * tRPC for React Server Components: the same procedures and guards as /api/trpc, called
 * in-process with the signed-in user's session. One caller per request.
 */
export const api = cache(async () => createCaller(await requestContext()));
