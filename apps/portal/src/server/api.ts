import "server-only";
import { createCaller, createContext } from "@free-city/api";
import { getDb } from "@free-city/db";
import { headers } from "next/headers";
import { clientKeyOf } from "./client-key";

/**
 * The portal reads through the same tRPC procedures as everything else, called in-process
 * (no HTTP hop). Visitors are always anonymous: the portal has no accounts.
 */
export function api() {
  return createCaller(createContext({ db: getDb(), user: null }));
}

/**
 * The caller for actions that are rate-limited or counted (feedback, reports, counters). It
 * carries a client key: a hash of the address and browser name with a salt made when the server
 * starts, so it cannot be reversed or linked across restarts. It lives in memory for a few
 * minutes (see the API's rate limits) and is never written anywhere.
 */
export async function apiForVisitor() {
  const request = await headers();
  const agent = request.get("user-agent") ?? "";
  const clientKey = clientKeyOf(request);
  return { api: createCaller(createContext({ db: getDb(), user: null, clientKey })), isBot: BOT.test(agent) };
}

/** Crawlers and link previews announce themselves; their visits are not counted as views. */
const BOT = /bot|crawl|spider|slurp|preview|fetch|curl|wget|python|headless/i;
