import "server-only";
import { createCaller, createContext, hashVisitor } from "@free-city/api";
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
 * carries a client key: a hash of the address and browser name with the day's salt, which every
 * portal instance shares through the database (so a visitor is the same visitor whichever
 * instance answers) and which is deleted when the day is over (so a day's hashes cannot be
 * linked to anyone afterwards). The address and browser name themselves are never stored.
 */
export async function apiForVisitor() {
  const request = await headers();
  const address = request.get("x-forwarded-for")?.split(",")[0]?.trim() ?? request.get("x-real-ip") ?? "unknown";
  const agent = request.get("user-agent") ?? "";
  const db = getDb();
  const clientKey = await hashVisitor(db, [address, agent]);
  return { api: createCaller(createContext({ db, user: null, clientKey })), isBot: BOT.test(agent) };
}

/** Crawlers and link previews announce themselves; their visits are not counted as views. */
const BOT = /bot|crawl|spider|slurp|preview|fetch|curl|wget|python|headless/i;
