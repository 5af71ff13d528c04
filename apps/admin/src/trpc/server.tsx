import "server-only";
import { createCaller, createContext } from "@free-city/api";
import { getDb } from "@free-city/db";
import { cache } from "react";
import { getSessionUser } from "~/server/auth";

/**
 * tRPC for React Server Components: the same procedures and guards as /api/trpc, called
 * in-process with the signed-in user's session. One caller per request.
 */
export const api = cache(async () => createCaller(createContext({ db: getDb(), user: await getSessionUser() })));
