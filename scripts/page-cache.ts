// The portal's page cache, used by scripts/serve.ts: a page whose content changes only when the
// directory does (home, offer, venue, district, organisation, context pages, "You said, we did",
// searches by keyword and filters, in every language) is rendered once per content version and
// sent from memory until the directory changes.
//
// Why here and not Next's full-route cache: every page carries the Content-Security-Policy nonce
// the proxy makes for each response, and Next renders a page with a nonce afresh every time (its
// docs: a nonce needs dynamic rendering). So this cache keeps the HTML Next rendered and stamps a
// fresh nonce into each copy it sends (the header, the Link header and every nonce attribute): every
// response still has its own unguessable nonce, and the nonce of the first response is never sent
// again.
//
// Why it agrees across instances: the key holds the database's content version (the row that
// triggers on every public table bump at commit; see the migration content_version), read at most
// twice a second, and the city's date; an entry also ends after `ttlMs` (what changes with the
// clock alone: "next session", "on today"). Every instance follows the same row, so an approval
// reaches every instance within about a second, whichever instance (or the worker) made it.
//
// What is never cached: anything with a visitor's position (`near=`), the saved list and the
// suggestion form, Next's client-navigation requests (RSC), server actions, any other query string
// on a page, and any response that is not a plain 200 HTML page without cookies.
import { randomBytes } from "node:crypto";
import type http from "node:http";
import { gzipSync } from "node:zlib";

/** Pages by their path without the language prefix ("/ur"); a search's query string is part of its key. */
const CACHED_PAGE =
  /^(?:\/|\/(?:offers|venues|districts|organisations|about)\/[^/]+|\/about|\/you-said-we-did|\/pledge|\/open-data|\/search)$/;
const LANGUAGE_PREFIX = /^\/[a-z]{2}(?=\/|$)/;
const OFFER_PAGE = /^\/offers\/([^/]+)$/;
/** Headers Next's client sends for its own navigation (an RSC payload, not a page), or a server action. */
const NEXT_CLIENT_HEADERS = [
  "rsc",
  "next-action",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
];
/** Response headers that belong to one response, not to the page. */
const PER_RESPONSE = new Set([
  "x-request-id",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "x-middleware-rewrite",
  "x-page-cache",
]);

export type CacheablePage = {
  /** The address with its query string, as asked (one entry per address). */
  address: string;
  /** The offer's slug when this is an offer page (its views are counted on every send). */
  offerSlug?: string;
};

/** Whether a request is for a page this cache keeps, and which. */
export function cacheablePage(method: string | undefined, url: string | undefined, headers: http.IncomingHttpHeaders) {
  if ((method !== "GET" && method !== "HEAD") || !url) return null;
  if (NEXT_CLIENT_HEADERS.some((name) => headers[name] !== undefined)) return null;
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? "" : url.slice(queryAt + 1);
  const page = pathname.replace(LANGUAGE_PREFIX, "") || "/";
  if (!CACHED_PAGE.test(page)) return null;
  if (query) {
    if (page !== "/search") return null;
    const params = new URLSearchParams(query);
    if (params.has("near") || params.has("_rsc")) return null;
  }
  const offer = OFFER_PAGE.exec(page);
  return { address: url, ...(offer?.[1] ? { offerSlug: decodeURIComponent(offer[1]) } : {}) } as CacheablePage;
}

type StoredPage = {
  /** The content version (and city date) it was rendered under. */
  version: string;
  /** Header values split at the nonce, to be joined with a fresh one. */
  headers: [string, string[]][];
  body: string[];
  bytes: number;
  expiresAt: number;
};

export type PageCacheOptions = {
  /** The most the entries may hold, in bytes (the least recently used go first). */
  maxBytes: number;
  /** How long an entry is fresh at most, whatever the content version says (each gets 75–100 % of it, so they do not all end at once). */
  ttlMs: number;
  /**
   * How long after the content version changed (counted from when this instance first saw the new
   * one) an entry may still be sent while the one request that renders it again is under way.
   * Past it, requests wait for the render.
   */
  staleAfterChangeMs: number;
  /** The same after an entry's time ran out with the content unchanged (only the clock moved on). */
  staleAfterExpiryMs: number;
  /** Renders at once through the cache (more wait their turn, so a burst finishes in order instead of all late). */
  renders: number;
  /** The content version and the city's date, as one string; null when it cannot be read (no caching then). */
  readVersion: () => Promise<string | null>;
  now?: () => number;
  random?: () => number;
};

/** Nonces as the proxy makes them (16 random bytes, base64). */
const newNonce = () => randomBytes(16).toString("base64");
const NONCE_IN_POLICY = /'nonce-([A-Za-z0-9+/=]+)'/;

type Render = { version: string; done: Promise<boolean>; finish: (stored: boolean) => void };
/** What `lookUp` decided: the page was sent, or the request is to be rendered by Next (and kept, with a key). */
export type LookUp = { sent: true } | { sent: false; key: string | null };

export class PageCache {
  private readonly entries = new Map<string, StoredPage>();
  /** Renders under way, by address: one per page at a time. */
  private readonly rendering = new Map<string, Render>();
  private readonly waitingForSlot: (() => void)[] = [];
  private rendersRunning = 0;
  private current = { version: "", since: 0 };
  private bytes = 0;
  readonly counts = { hits: 0, stale: 0, misses: 0, stored: 0, skipped: 0 };
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  /**
   * Sends the page from the cache when it holds it fresh, or stale while another request renders
   * it again; waits for a render of the same page already under way; otherwise the request is to
   * be rendered (`key`: pass it to `capture`; null: do not keep it).
   */
  async lookUp(page: CacheablePage, req: http.IncomingMessage, res: http.ServerResponse): Promise<LookUp> {
    const version = await this.options.readVersion().catch(() => null);
    if (version === null) return { sent: false, key: null };
    const now = this.now();
    if (version !== this.current.version) this.current = { version, since: now };
    const key = page.address;
    const entry = this.entries.get(key);
    if (entry?.version === version && now < entry.expiresAt) return this.send(entry, key, "hit", req, res);

    const underWay = this.rendering.get(key);
    const staleUsable =
      entry !== undefined &&
      (entry.version === version
        ? now < entry.expiresAt + this.options.staleAfterExpiryMs
        : now - this.current.since < this.options.staleAfterChangeMs);
    if (entry && staleUsable) {
      // One request renders the page again (when a render slot is free); the others get it as it was.
      if (!underWay && this.rendersRunning < this.options.renders) {
        this.startRender(key, version);
        this.rendersRunning++;
        this.counts.misses++;
        return { sent: false, key };
      }
      return this.send(entry, key, "stale", req, res);
    }
    if (underWay) {
      // Wait for it; a page it did not keep (a 404, say) is rendered for each request, not in turn.
      const rendered = underWay.version === version && (await underWay.done) ? this.entries.get(key) : undefined;
      if (rendered?.version === version) return this.send(rendered, key, "hit", req, res);
      return { sent: false, key: null };
    }
    const render = this.startRender(key, version);
    await this.takeRenderSlot();
    if (res.destroyed) {
      // The visitor left while the page waited its turn: nothing to render for.
      this.endRender(key, render, false);
      return { sent: true };
    }
    this.counts.misses++;
    return { sent: false, key };
  }

  /**
   * Keeps what Next sends for `key` (the response passes through unchanged), if it is a plain
   * 200 HTML page with a nonce and no cookie. Accept-Encoding is removed from the request so
   * Next sends it uncompressed (this cache compresses each copy it sends).
   */
  capture(key: string, req: http.IncomingMessage, res: http.ServerResponse) {
    const render = this.rendering.get(key);
    if (!render) return;
    delete req.headers["accept-encoding"];
    res.setHeader("X-Page-Cache", "miss");
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (typeof chunk === "string")
        chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    let ended = false;
    res.write = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return write(...args);
    }) as typeof res.write;
    res.end = ((...args: unknown[]) => {
      if (typeof args[0] !== "function") keep(args[0], args[1]);
      const result = end(...args);
      if (!ended) {
        ended = true;
        this.endRender(key, render, this.store(key, render.version, res, Buffer.concat(chunks)));
      }
      return result;
    }) as typeof res.end;
    // A visitor who left before the end: the page is not kept, and the next request renders it.
    res.once("close", () => {
      if (!ended) {
        ended = true;
        this.endRender(key, render, false);
      }
    });
  }

  private startRender(key: string, version: string): Render {
    let finish: (stored: boolean) => void = () => {};
    const done = new Promise<boolean>((resolve) => {
      finish = resolve;
    });
    const render = { version, done, finish };
    this.rendering.set(key, render);
    return render;
  }

  private endRender(key: string, render: Render, stored: boolean) {
    if (this.rendering.get(key) === render) this.rendering.delete(key);
    render.finish(stored);
    this.rendersRunning--;
    this.waitingForSlot.shift()?.();
  }

  private async takeRenderSlot() {
    if (this.rendersRunning >= this.options.renders)
      await new Promise<void>((resolve) => this.waitingForSlot.push(resolve));
    this.rendersRunning++;
  }

  private store(key: string, version: string, res: http.ServerResponse, body: Buffer): boolean {
    const type = String(res.getHeader("content-type") ?? "");
    const policy = String(res.getHeader("content-security-policy") ?? "");
    const nonce = NONCE_IN_POLICY.exec(policy)?.[1];
    if (
      res.statusCode !== 200 ||
      !type.startsWith("text/html") ||
      res.hasHeader("set-cookie") ||
      res.hasHeader("content-encoding") ||
      !nonce ||
      body.length === 0 ||
      body.length > this.options.maxBytes / 4
    ) {
      this.counts.skipped++;
      return false;
    }
    const headers: [string, string[]][] = [];
    for (const name of res.getHeaderNames()) {
      if (PER_RESPONSE.has(name)) continue;
      const value = res.getHeader(name);
      headers.push([name, String(Array.isArray(value) ? value.join(", ") : value).split(nonce)]);
    }
    this.remove(key);
    const page: StoredPage = {
      version,
      headers,
      body: body.toString("utf8").split(nonce),
      bytes: body.length,
      expiresAt: this.now() + this.options.ttlMs * (0.75 + 0.25 * this.random()),
    };
    this.entries.set(key, page);
    this.bytes += page.bytes;
    this.counts.stored++;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.remove(oldest);
    }
    return true;
  }

  private send(
    page: StoredPage,
    key: string,
    how: "hit" | "stale",
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ): LookUp {
    // Most recently used last, so the least recently used are dropped first when the cache is full.
    this.entries.delete(key);
    this.entries.set(key, page);
    this.counts[how === "hit" ? "hits" : "stale"]++;
    const nonce = newNonce();
    for (const [name, parts] of page.headers) res.setHeader(name, parts.join(nonce));
    res.setHeader("X-Page-Cache", how);
    let body = Buffer.from(page.body.join(nonce), "utf8");
    if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      // Each copy has its own nonce, so each is compressed on its own (fast level: pages are small).
      body = gzipSync(body, { level: 1 });
      res.setHeader("Content-Encoding", "gzip");
    }
    res.setHeader("Content-Length", body.length);
    res.statusCode = 200;
    res.end(req.method === "HEAD" ? undefined : body);
    return { sent: true };
  }

  private remove(key: string) {
    const page = this.entries.get(key);
    if (!page) return;
    this.entries.delete(key);
    this.bytes -= page.bytes;
  }
}

/**
 * The content version and the city's date, for the cache key: one query on a connection of its
 * own, at most every `freshMs`, shared by the requests waiting for it. Null while the database
 * does not answer (pages are then rendered, and the server's database watch takes over).
 */
export function contentVersionReader(options: {
  query: () => Promise<string>;
  timeZone: string;
  freshMs?: number;
  now?: () => number;
}): () => Promise<string | null> {
  const freshMs = options.freshMs ?? 500;
  const now = options.now ?? Date.now;
  const cityDate = new Intl.DateTimeFormat("en-CA", {
    timeZone: options.timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  let known: { version: string; readAt: number } | undefined;
  let reading: Promise<string | null> | undefined;
  return () => {
    if (known && now() - known.readAt < freshMs) return Promise.resolve(known.version);
    reading ??= options
      .query()
      .then(
        (version) => {
          const keyed = `${version} ${cityDate.format(new Date(now()))}`;
          known = { version: keyed, readAt: now() };
          return keyed;
        },
        () => {
          known = undefined;
          return null;
        },
      )
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };
}
