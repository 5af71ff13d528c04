// Serves one app (portal or admin): a small Node HTTP server around Next.js's request handler.
//   node serve.mjs --app portal --port 3000 [--hostname 0.0.0.0] [--dir apps/portal]
// (from a checkout: tsx scripts/serve.ts …; the bundle ships it compiled, see scripts/bundle.ts)
// What it adds to `next start`:
//  - one log line per request (method, route, status, duration, request id), JSON in production
//    and readable in the demo, scrubbed of personal details (packages/log); Next's own output too;
//  - when the database is down, pages answer at once with a friendly 503 "try again in a minute"
//    (never a hang or a stack trace) until it is back; /api/health still answers, /api/ready says why;
//  - the portal's page cache (scripts/page-cache.ts): pages that change only when the directory
//    does are rendered once per content version and sent from memory with a fresh nonce;
//  - SIGTERM/SIGINT: stop taking connections, finish the requests in flight (up to 10 s), close
//    the database pool, exit 0.
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { createLogger, readLogSettings, routeConsoleTo, routeOf } from "@free-city/log";
import { CITY_TIME_ZONE } from "@free-city/schemas";
import { type CacheablePage, cacheablePage, contentVersionReader, PageCache } from "./page-cache.ts";
import { TurnQueue } from "./turn-queue.ts";

const { values: args } = parseArgs({
  options: {
    app: { type: "string" },
    port: { type: "string" },
    hostname: { type: "string", default: "0.0.0.0" },
    dir: { type: "string" },
  },
});
const app = args.app === "admin" ? "admin" : "portal";
const port = Number(args.port ?? (app === "admin" ? 3001 : 3000));
const hostname = args.hostname ?? "0.0.0.0";
// apps/<app> next to this script's folder: the checkout, or the bundle (which mirrors its layout).
const appDir = path.resolve(args.dir ?? path.join(import.meta.dirname, "..", "apps", app));
const DRAIN_MS = Number(process.env.FREE_CITY_DRAIN_MS ?? 10_000);
/** The portal's page cache size (FREE_CITY_PAGE_CACHE_MB, default 64; 0 turns it off). */
const PAGE_CACHE_MB = Number(process.env.FREE_CITY_PAGE_CACHE_MB ?? 64);
/**
 * How long a cached page lives with its content unchanged: what changes with the clock alone
 * ("next session", "on today") may lag this much (a session shown as next some minutes after it
 * began). Then one request renders it again while the others still get it, for as long again.
 */
const PAGE_CACHE_TTL_MS = 5 * 60_000;
/** How long after a change (an approval) a page may still be sent as it was while one request renders it again. */
const PAGE_CACHE_STALE_AFTER_CHANGE_MS = 10_000;
/**
 * Requests started per turn of the event loop, and the time a turn may spend starting them
 * (scripts/turn-queue.ts): a page from the cache takes about a millisecond to send.
 */
const REQUESTS_PER_TURN = 16;
const TURN_BUDGET_MS = 8;

const logger = createLogger({ app });
const pretty = readLogSettings().format === "pretty";
routeConsoleTo(logger);
// Next warns that `next start` can't serve a standalone build; this server is not `next start`.
const warn = console.warn;
console.warn = (...parts: unknown[]) => {
  if (typeof parts[0] === "string" && parts[0].includes('does not work with "output: standalone"')) return;
  warn(...parts);
};

type NextApp = {
  prepare(): Promise<void>;
  getRequestHandler(): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
};
type PgClient = { connect(): Promise<void>; query(sql: string): Promise<unknown>; end(): Promise<void> };

const requireFromApp = createRequire(path.join(appDir, "package.json"));

/** The database watch: is PostgreSQL answering? Probed after a server error and every second while down. */
class DatabaseWatch {
  up = true;
  private probing: Promise<boolean> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly Client: new (
    options: object,
  ) => PgClient;
  constructor(private readonly url: string | undefined) {
    this.Client = (requireFromApp("pg") as { Client: new (options: object) => PgClient }).Client;
  }
  probe(): Promise<boolean> {
    if (!this.url) return Promise.resolve(true);
    this.probing ??= (async () => {
      const client = new this.Client({
        connectionString: this.url,
        connectionTimeoutMillis: 1_000,
        query_timeout: 1_000,
      });
      try {
        await client.connect();
        await client.query("SELECT 1");
        return true;
      } catch {
        return false;
      } finally {
        await client.end().catch(() => {});
      }
    })().then((up) => {
      this.probing = undefined;
      this.set(up);
      return up;
    });
    return this.probing;
  }
  private set(up: boolean) {
    if (up === this.up) return;
    this.up = up;
    if (up) {
      logger.info("The database answers again: serving pages.");
      clearInterval(this.timer);
      this.timer = undefined;
    } else {
      logger.warn("The database does not answer: pages say 'try again in a minute' (503) until it does.");
      this.timer ??= setInterval(() => void this.probe(), 1_000);
    }
  }
  stop() {
    clearInterval(this.timer);
  }
}

/** Files Next serves without the database: its build output and the app's public/ folder. */
function staticPaths(): Set<string> {
  const dir = path.join(appDir, "public");
  const found = new Set<string>();
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(folder, entry.name), `${prefix}/${entry.name}`);
      else found.add(`${prefix}/${entry.name}`);
    }
  };
  if (existsSync(dir)) walk(dir, "");
  return found;
}

const UNAVAILABLE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Try again in a minute – Free City</title></head>
<body><main><h1>Try again in a minute</h1>
<p>Free City is having a short break and will be back very soon. Nothing you saved has been lost.</p>
<p><a href="">Try again</a></p></main></body></html>
`;

function sendUnavailable(req: http.IncomingMessage, res: http.ServerResponse) {
  const wantsJson = (req.url ?? "").startsWith("/api/") || !(req.headers.accept ?? "text/html").includes("html");
  res.statusCode = 503;
  res.setHeader("Retry-After", "30");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
  if (app === "admin") res.setHeader("X-Robots-Tag", "noindex, nofollow");
  if (wantsJson) {
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ error: "unavailable", message: "The database does not answer. Try again in a minute." }));
  } else {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(req.method === "HEAD" ? undefined : UNAVAILABLE_HTML);
  }
}

/**
 * Holds back a response Next starts with a 5xx status until the database is probed: if it is
 * down, the friendly 503 goes out instead (no error page with a half-rendered body); otherwise
 * Next's own response is released unchanged.
 */
function holdServerErrors(req: http.IncomingMessage, res: http.ServerResponse, watch: DatabaseWatch) {
  const original = {
    writeHead: res.writeHead.bind(res),
    write: res.write.bind(res),
    end: res.end.bind(res),
    flushHeaders: res.flushHeaders.bind(res),
  };
  let holding = false;
  let released = false;
  let head: Parameters<typeof res.writeHead> | undefined;
  const chunks: [unknown, ...unknown[]][] = [];
  const restore = () => {
    res.writeHead = original.writeHead as typeof res.writeHead;
    res.write = original.write as typeof res.write;
    res.end = original.end as typeof res.end;
    res.flushHeaders = original.flushHeaders;
  };
  const shouldHold = (status: number) => !released && !res.headersSent && status >= 500;
  res.writeHead = ((...headArgs: Parameters<typeof res.writeHead>) => {
    if (holding || shouldHold(headArgs[0])) {
      holding = true;
      head = headArgs;
      return res;
    }
    return original.writeHead(...headArgs);
  }) as typeof res.writeHead;
  res.flushHeaders = () => {
    if (holding || shouldHold(res.statusCode)) {
      holding = true;
      return;
    }
    original.flushHeaders();
  };
  res.write = ((...writeArgs: [unknown, ...unknown[]]) => {
    if (holding || shouldHold(res.statusCode)) {
      holding = true;
      chunks.push(writeArgs);
      return true;
    }
    return (original.write as (...a: unknown[]) => boolean)(...writeArgs);
  }) as typeof res.write;
  res.end = ((...endArgs: unknown[]) => {
    if (!(holding || shouldHold(res.statusCode))) return (original.end as (...a: unknown[]) => unknown)(...endArgs);
    holding = true;
    void watch.probe().then((up) => {
      released = true;
      restore();
      if (!up || busyRequests.has(String(res.getHeader("X-Request-Id")))) {
        const requestId = res.getHeader("X-Request-Id");
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        if (requestId !== undefined) res.setHeader("X-Request-Id", requestId);
        sendUnavailable(req, res);
        return;
      }
      if (head) original.writeHead(...head);
      for (const chunk of chunks) (original.write as (...a: unknown[]) => boolean)(...chunk);
      (original.end as (...a: unknown[]) => unknown)(...endArgs);
    });
    return res;
  }) as typeof res.end;
}

/**
 * The portal's page cache, keyed by the content version read on a connection of its own (a busy
 * pool must not hold up pages that need no query). None for the admin (every page is per person).
 */
function portalPageCache(url: string | undefined): PageCache | undefined {
  if (app !== "portal" || !url || !(PAGE_CACHE_MB > 0)) return undefined;
  const Client = (
    requireFromApp("pg") as { Client: new (options: object) => PgClient & { on(e: string, f: () => void): void } }
  ).Client;
  let client: Promise<PgClient> | undefined;
  const connect = () =>
    (client ??= (async () => {
      const made = new Client({ connectionString: url, connectionTimeoutMillis: 1_000, query_timeout: 1_000 });
      made.on("error", () => {
        client = undefined;
      });
      await made.connect();
      return made;
    })().catch((error: unknown) => {
      client = undefined;
      throw error;
    }));
  const query = async () => {
    const result = (await (
      await connect()
    )
      .query(`SELECT version || '-' || (extract(epoch FROM changed_at) * 1000)::bigint AS v FROM content_version`)
      .catch(async (error: unknown) => {
        const broken = client;
        client = undefined;
        await (await broken)?.end().catch(() => {});
        throw error;
      })) as { rows: { v: string }[] };
    return result.rows[0]?.v ?? "none";
  };
  const cache = new PageCache({
    maxBytes: PAGE_CACHE_MB * 1024 * 1024,
    ttlMs: PAGE_CACHE_TTL_MS,
    staleAfterChangeMs: PAGE_CACHE_STALE_AFTER_CHANGE_MS,
    staleAfterExpiryMs: PAGE_CACHE_TTL_MS,
    // A render is mostly this one thread's time: a few at once leave the pool and the thread to the rest.
    renders: 4,
    readVersion: contentVersionReader({ query, timeZone: CITY_TIME_ZONE }),
  });
  closeAtStop.push(async () => (await client)?.end());
  return cache;
}
const closeAtStop: (() => Promise<unknown>)[] = [];

/** An offer page sent from the cache is still a view: the portal's counter (its instrumentation registers it). */
function countCachedView(page: CacheablePage, req: http.IncomingMessage) {
  const count = (globalThis as { freeCityCountCachedView?: (slug: string, headers: Headers) => void })
    .freeCityCountCachedView;
  if (!page.offerSlug || !count) return;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(", "));
  }
  count(page.offerSlug, headers);
}

const ALWAYS_SERVED = new Set(["/api/health", "/api/ready"]);

/**
 * Requests whose page failed because every database connection stayed busy for longer than the
 * pool waits (a burst), by request id: the portal's instrumentation (onRequestError) adds them.
 * They get the friendly 503 with Retry-After, as during an outage, not an error page with 500.
 */
const busyRequests = new Set<string>();
(globalThis as { freeCityBusyRequests?: Set<string> }).freeCityBusyRequests = busyRequests;

async function main() {
  // A standalone build (the bundle) carries its Next config in required-server-files.json.
  const serverFiles = path.join(appDir, ".next", "required-server-files.json");
  const standaloneConfig =
    existsSync(path.join(appDir, "server.js")) && existsSync(serverFiles)
      ? (JSON.parse(readFileSync(serverFiles, "utf8")) as { config: object }).config
      : undefined;
  if (standaloneConfig) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(standaloneConfig);
  const next = requireFromApp("next") as (options: object) => NextApp;
  // No hostname for Next itself: given the bound address (127.0.0.1), it takes its own middleware
  // rewrites ("/" → "/en") for another origin and proxies them, in a redirect loop.
  const nextApp = next({
    dev: false,
    dir: appDir,
    port,
    ...(standaloneConfig ? { conf: standaloneConfig } : {}),
  });
  await nextApp.prepare();
  const handle = nextApp.getRequestHandler();
  const watch = new DatabaseWatch(process.env.DATABASE_URL || undefined);
  const publicFiles = staticPaths();
  const pageCache = portalPageCache(process.env.DATABASE_URL || undefined);
  let draining = false;
  let inFlight = 0;
  const turns = new TurnQueue({
    perTurn: REQUESTS_PER_TURN,
    budgetMs: TURN_BUDGET_MS,
    onError: (error) => logger.error({ err: error }, "request failed"),
  });

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const incoming = req.headers["x-request-id"];
    const requestId = typeof incoming === "string" && /^[A-Za-z0-9._-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader("X-Request-Id", requestId);
    // Next sees the same id (its onRequestError names a request by it: busyRequests).
    req.headers["x-request-id"] = requestId;
    const route = routeOf(req.url);
    inFlight++;
    res.once("close", () => {
      inFlight--;
      busyRequests.delete(requestId);
      const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
      const status = res.statusCode;
      // The demo's readable log skips the stream of script and style files.
      if (pretty && route.startsWith("/_next/static/") && status < 400) return;
      logger.info(
        {
          req_id: requestId,
          method: req.method,
          route,
          status,
          ms,
          ...(res.hasHeader("X-Page-Cache") ? { cache: res.getHeader("X-Page-Cache") } : {}),
          ...(res.writableFinished ? {} : { aborted: true }),
        },
        `${req.method} ${route} ${status} ${ms} ms`,
      );
    });
    // Handled in its turn (scripts/turn-queue.ts): a turn of the event loop that starts every
    // waiting request at once keeps new connections out of the server for seconds.
    turns.run(() => {
      // Its visitor left while it waited: the log line is written already.
      if (res.destroyed) return;
      try {
        dispatch(req, res, route, requestId);
      } catch (error) {
        logger.error({ err: error, req_id: requestId }, "request failed");
        if (!res.headersSent) sendUnavailable(req, res);
        else res.end();
      }
    });
  });
  server.keepAliveTimeout = 65_000;

  function dispatch(req: http.IncomingMessage, res: http.ServerResponse, route: string, requestId: string) {
    if (draining) res.setHeader("Connection", "close");
    if (draining && route === "/api/ready") {
      res.statusCode = 503;
      res.setHeader("Content-Type", "application/json");
      res.setHeader("Cache-Control", "no-store");
      res.end(
        JSON.stringify({ status: "not_ready", app, reason: "shutting_down", message: "This instance is stopping." }),
      );
      return;
    }
    const needsDatabase = !ALWAYS_SERVED.has(route) && !route.startsWith("/_next/") && !publicFiles.has(route);
    if (needsDatabase && !watch.up) {
      sendUnavailable(req, res);
      return;
    }
    const page = pageCache && needsDatabase ? cacheablePage(req.method, req.url, req.headers) : null;
    const render = (cacheKey: string | null) => {
      if (needsDatabase) holdServerErrors(req, res, watch);
      if (cacheKey && pageCache) pageCache.capture(cacheKey, req, res);
      handle(req, res).catch((error: unknown) => {
        logger.error({ err: error, req_id: requestId }, "request failed");
        if (!res.headersSent) sendUnavailable(req, res);
        else res.end();
      });
    };
    if (!page || !pageCache) return render(null);
    pageCache.lookUp(page, req, res).then(
      (found) => {
        if (!found.sent) return render(found.key);
        if (!res.destroyed) countCachedView(page, req);
      },
      () => render(null),
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    draining = true;
    logger.info({ in_flight: inFlight }, `${signal}: not taking new requests; finishing ${inFlight} in flight`);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const timedOut = await Promise.race([
      closed.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), DRAIN_MS).unref()),
    ]);
    if (timedOut) {
      logger.warn({ in_flight: inFlight }, `gave up waiting after ${DRAIN_MS / 1000} s; closing the rest`);
      server.closeAllConnections();
    }
    watch.stop();
    // The portal's counts still waiting for their batch (src/server/offer-event-batch.ts), then the
    // pool, and the portal's one connection for the content version (src/server/public-data.ts).
    await (globalThis as { freeCityFlushOfferEvents?: () => Promise<void> }).freeCityFlushOfferEvents?.();
    const clients = globalThis as {
      freeCityDb?: { $disconnect(): Promise<void> };
      freeCityVersionDb?: { $disconnect(): Promise<void> };
    };
    await Promise.all([
      ...[clients.freeCityDb, clients.freeCityVersionDb].map((client) => client?.$disconnect().catch(() => {})),
      ...closeAtStop.map((close) => close().catch(() => {})),
    ]);
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve());
  });
  logger.info({ port }, `${app} ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, `the ${app} could not start`);
  process.exit(1);
});
