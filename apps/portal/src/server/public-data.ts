import "server-only";
import { readContentVersion } from "@free-city/api";
import { createPrismaClient, type Database, resolveDatabaseUrl, todayInCity, WEB_DATABASE_LIMITS } from "@free-city/db";
import { unstable_cache } from "next/cache";
import superjson from "superjson";
import { api } from "./api";

/**
 * What the public pages read, cached in this process by Next's Data Cache and keyed by the
 * database's content version and the city's date.
 *
 * Why the data and not the pages: every page carries the Content-Security-Policy nonce the proxy
 * makes for each response (on Next's scripts and the layout's one inline script); a cached page
 * would repeat one nonce to everyone. So the HTML is rendered per request (cheap), and the queries
 * behind it come from this cache.
 *
 * How a change reaches every portal instance: triggers on every table a public page reads bump one
 * row, content_version, when a transaction that changed them commits (an approval or suspension in
 * the admin, the expiry job in the worker, a taxonomy or "You said, we did" edit, a photo
 * takedown). Each instance reads that row at most twice a second (VERSION_FRESH_MS); a new version
 * is a new cache key, so the next request reads afresh. No message between processes, nothing to
 * lose: an instance that starts, or misses a change, reads the version like any other. The city's
 * date is in the key too, so "on today" and "this weekend" turn over at midnight; BACKSTOP_S bounds
 * what changes with time alone (a "You said, we did" entry published for a later hour).
 */
const VERSION_FRESH_MS = 500;
const BACKSTOP_S = 60;

/**
 * The version is read on a connection of its own: under load the pool's connections are all busy
 * with searches, and every cached page would otherwise queue behind them for a one-row read.
 * scripts/serve.ts closes it at shutdown with the pool.
 */
const holder = globalThis as unknown as { freeCityVersionDb?: Database };
const versionDb = () =>
  (holder.freeCityVersionDb ??= createPrismaClient(resolveDatabaseUrl(), { max: 1, limits: WEB_DATABASE_LIMITS }));

let known: { version: string; readAt: number } | undefined;
let reading: Promise<string> | undefined;

/** The content version, read from the database at most twice a second (one read shared by all waiting requests). */
export async function contentVersion(): Promise<string> {
  if (known && Date.now() - known.readAt < VERSION_FRESH_MS) return known.version;
  reading ??= readContentVersion(versionDb())
    .then((version) => {
      known = { version, readAt: Date.now() };
      return version;
    })
    .finally(() => {
      reading = undefined;
    });
  return reading;
}

/**
 * `read` cached under `name`, its arguments, the content version and the day. Stored as superjson
 * (the Data Cache keeps JSON, and the listings carry dates). A read that throws (a listing not
 * found) is not cached.
 */
function cachedRead<A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>) {
  const stored = unstable_cache(
    async (_version: string, _day: string, ...args: A) => superjson.stringify(await read(...args)),
    ["public-data", name],
    { revalidate: BACKSTOP_S, tags: ["public-data"] },
  );
  // Right after a change, every request for the same entry misses at once: one read serves them all.
  const sharedReads = new Map<string, Promise<string>>();
  return async (...args: A): Promise<R> => {
    const version = await contentVersion();
    const day = todayInCity();
    const key = JSON.stringify([version, day, args]);
    let entry = sharedReads.get(key);
    if (!entry) {
      entry = stored(version, day, ...args).finally(() => sharedReads.delete(key));
      sharedReads.set(key, entry);
    }
    return superjson.parse<R>(await entry);
  };
}

type Api = ReturnType<typeof api>;
type SearchInput = Parameters<Api["search"]["offers"]>[0];

/** The pages' reads that change only when content changes (or the day does). */
export const publicData = {
  city: cachedRead("city", () => api().district.city()),
  districtsWithCounts: cachedRead("districts-with-counts", () => api().district.listWithCounts()),
  searchOptions: cachedRead("search-options", () => api().search.options()),
  contextPages: cachedRead("context-pages", () => api().contextPage.list()),
  contextPage: cachedRead("context-page", (slug: string) => api().contextPage.bySlug({ slug })),
  offer: cachedRead("offer", (slug: string) => api().listing.offer({ slug })),
  venue: cachedRead("venue", (slug: string) => api().listing.venue({ slug })),
  district: cachedRead("district", (slug: string) => api().listing.district({ slug })),
  organisation: cachedRead("organisation", (slug: string) => api().pledge.organisation({ slug })),
  youSaidWeDid: cachedRead("you-said-we-did", () => api().voice.youSaidWeDid()),
  /** A district page's "on today" and "this weekend": fixed searches, the same for every visitor that day. */
  districtSoon: cachedRead("district-soon", (input: SearchInput) => api().search.offers(input)),
};
