import "server-only";
import { createCaller, createContext } from "@free-city/api";
import { clientKey, readHttpEnv, visitorKey } from "@free-city/api/http";
import { getDb } from "@free-city/db";
import { headers } from "next/headers";

/**
 * The portal reads through the same tRPC procedures as everything else, called in-process
 * (no HTTP hop). Visitors are always anonymous: the portal has no accounts.
 */
export function api() {
  return createCaller(createContext({ db: getDb(), user: null }));
}

/**
 * The caller for actions that are rate-limited or counted (feedback, reports, counters). It
 * carries the client key every limit uses (a keyed hash of the address the trusted proxies saw,
 * or the shared key: see TRUSTED_PROXY_HOPS) and, for counters, a visitor key (that address and
 * the browser). Neither can be reversed, and neither is chosen by the client.
 */
export async function apiForVisitor() {
  const request = await headers();
  const settings = readHttpEnv();
  const context = createContext({
    db: getDb(),
    user: null,
    clientKey: clientKey(request, settings),
    visitorKey: visitorKey(request, settings),
  });
  return { api: createCaller(context) };
}

/**
 * Who a counted event (a view) comes from, from a request's headers: the visitor key (as above),
 * and whether it is a crawler, whose visits are not counted.
 */
export function visitorOf(request: Headers) {
  return { fingerprint: visitorKey(request, readHttpEnv()), isBot: BOT.test(request.get("user-agent") ?? "") };
}

/** Crawlers and link previews announce themselves; their visits are not counted as views. */
const BOT = /bot|crawl|spider|slurp|preview|fetch|curl|wget|python|headless/i;
