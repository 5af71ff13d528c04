import "server-only";
import { createCaller, createContext } from "@free-city/api";
import { getDb } from "@free-city/db";

/**
 * The portal reads through the same tRPC procedures as everything else, called in-process
 * (no HTTP hop). Visitors are always anonymous: the portal has no accounts.
 */
export function api() {
  return createCaller(createContext({ db: getDb(), user: null }));
}
