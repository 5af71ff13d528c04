// Shared by `pnpm bench:load` and `pnpm drill:db-restart`: a built portal started the way
// production starts it (scripts/serve.ts), a realistic request mix for autocannon, and feedback
// posts through the offer page's own form (a server action, as a browser without JavaScript posts it).
import { type ChildProcess, spawn } from "node:child_process";
import { openSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { Database } from "@free-city/db";
import autocannon from "autocannon";

const ROOT = path.resolve(import.meta.dirname, "../..");

export async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type Portal = { url: string; child: ChildProcess; stop(): Promise<number | null> };

/** The built portal (pnpm build) on a spare port, logging to logFile. */
export async function startPortal(databaseUrl: string, logFile: string): Promise<Portal> {
  const port = await sparePort();
  const url = `http://127.0.0.1:${port}`;
  const out = openSync(logFile, "a");
  const child = spawn(
    process.execPath,
    [
      "--import",
      import.meta.resolve("tsx/esm"),
      path.join(ROOT, "scripts/serve.ts"),
      "--app",
      "portal",
      "--port",
      String(port),
      "--hostname",
      "127.0.0.1",
    ],
    {
      cwd: path.join(ROOT, "apps/portal"),
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        PORTAL_URL: url,
        ADMIN_URL: "http://127.0.0.1:1",
        // Each simulated visitor posts from its own address (the X-Forwarded-For the load sends),
        // as behind one load balancer, so the per-visitor limits apply per visitor.
        TRUSTED_PROXY_HOPS: "1",
        LOG_FORMAT: "json",
      },
      stdio: ["ignore", out, out],
    },
  );
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The portal exited (${child.exitCode}); see ${logFile}`);
    try {
      if ((await fetch(`${url}/api/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The portal did not become ready; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once("exit", (code) => resolve(code));
        child.kill("SIGTERM");
      }),
  };
}

export type Mix = {
  paths: string[];
  offerSlugs: string[];
  /** The nth search asked for once only (the long tail no cache holds); none repeats within a run. */
  longTail: (n: number) => string;
};

/**
 * What visitors ask for, weighted like a day's traffic: searches (keywords, filters, near a
 * postcode, pages), offer pages, the home page, district pages, about pages, both languages.
 */
export async function requestMix(db: Database): Promise<Mix> {
  const offers = await db.offer.findMany({ where: { status: "LIVE" }, select: { slug: true }, take: 200 });
  const districts = await db.district.findMany({ select: { slug: true } });
  const categories = await db.category.findMany({ where: { parentId: null }, select: { slug: true } });
  if (offers.length === 0) throw new Error("No live offers: seed the demo data first (pnpm db seed).");
  const pick = <T>(list: T[], i: number) => list[i % list.length] as T;
  const paths: string[] = [];
  const words = ["football", "art", "swim", "code", "music", "dance", "chess", "footbal", "climbing", "drama"];
  for (let i = 0; i < 40; i++) {
    const district = pick(districts, i).slug;
    const category = pick(categories, i).slug;
    paths.push(`/search?q=${pick(words, i)}`);
    paths.push(`/search?category=${category}&age=${8 + (i % 10)}&when=weekend`);
    paths.push(`/search?district=${district}&cost=free&page=${1 + (i % 3)}`);
    paths.push(`/search?postcode=B${1 + (i % 30)}&sort=nearest`);
    paths.push(`/offers/${pick(offers, i).slug}`);
    paths.push(`/offers/${pick(offers, i + 40).slug}`);
    paths.push(`/offers/${pick(offers, i + 80).slug}`);
    paths.push(`/districts/${district}`);
    paths.push(i % 2 === 0 ? "/" : "/ur");
    if (i % 4 === 0) paths.push(i % 8 === 0 ? "/about" : "/ur/search?q=art");
  }
  // Every combination of keyword, age, district and category is a different search: counted from
  // the request number, none repeats within a run, so each is rendered and queried afresh.
  const longTail = (n: number) => {
    const word = pick(words, n);
    const age = 5 + (Math.floor(n / words.length) % 14);
    const rest = Math.floor(n / (words.length * 14));
    const district = pick(districts, rest).slug;
    const category = pick(categories, Math.floor(rest / districts.length)).slug;
    const round = Math.floor(rest / (districts.length * categories.length));
    return `/search?q=${word}&age=${age}&district=${district}${round % 2 ? `&category=${category}` : ""}&page=${1 + Math.floor(round / 2)}`;
  };
  return { paths, offerSlugs: offers.map((o) => o.slug), longTail };
}

/**
 * Every distinct page of the mix once, a few at a time: a portal that has been serving for a while
 * has rendered its pages and compiled Next's code. Returns how long it took.
 */
export async function warmUp(portalUrl: string, paths: string[], atOnce = 4): Promise<number> {
  const started = Date.now();
  const queue = [...new Set(paths)];
  await Promise.all(
    Array.from({ length: atOnce }, async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift())
        await (await fetch(`${portalUrl}${path}`, { headers: { accept: "text/html" } })).arrayBuffer();
    }),
  );
  return Date.now() - started;
}

/** A feedback post as the offer page's form sends it (its hidden fields, as multipart). */
export async function feedbackForm(portalUrl: string, offerSlug: string) {
  const html = await (await fetch(`${portalUrl}/offers/${offerSlug}`)).text();
  const start = html.indexOf('class="voice__form"');
  const formStart = html.lastIndexOf("<form", start);
  const form = html.slice(formStart, html.indexOf("</form>", formStart));
  const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(
    (m) => [m[1] ?? "", decodeEntities(m[2] ?? "")] as const,
  );
  if (!hidden.some(([name]) => name.startsWith("$ACTION_ID_")))
    throw new Error(`No feedback form with a server action on /offers/${offerSlug}`);
  return (comment: string) => {
    const boundary = `----freecity${Math.random().toString(36).slice(2)}`;
    const fields = [...hidden, ["reaction", "LOVED_IT"] as const, ["comment", comment] as const];
    const body = `${fields
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join("")}--${boundary}--\r\n`;
    return { body, contentType: `multipart/form-data; boundary=${boundary}` };
  };
}

function decodeEntities(text: string) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Letters only, so the personal-details filter (digits look like phone numbers) keeps it. */
export function letters(n: number): string {
  let out = "";
  let value = n;
  do {
    out = String.fromCharCode(97 + (value % 26)) + out;
    value = Math.floor(value / 26);
  } while (value > 0);
  return out;
}

export type LoadResult = {
  requests: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  p50: number;
  p99: number;
  reqPerSec: number;
  feedbackSent: string[];
  feedbackRefused: number;
  /** Each post's outcome: sent, too-many, …, or the status when it was not a redirect. */
  feedbackOutcomes: Record<string, number>;
  /** Pages by how the portal's page cache answered (X-Page-Cache: hit, miss); other responses are not counted. */
  pageCache: Record<string, number>;
  /**
   * Requests that got no answer before autocannon gave up on their connection (a timeout), with
   * the request id they carried (X-Request-Id: the server's log names each request it saw by it).
   */
  unanswered: { id: string; path: string; method: string }[];
};

/** A request sent and not yet answered. */
type Pending = { id: string; path: string; method: string; sentAt: number };

/**
 * autocannon over the mix: every `postEvery`th request of a connection is a feedback post with a
 * unique marker; a 303 to "?feedback=sent" is an acknowledgement, recorded.
 */
export async function runLoad(options: {
  url: string;
  mix?: Mix;
  post?: (comment: string) => { body: string; contentType: string };
  postEvery?: number;
  marker?: string;
  connections: number;
  duration: number;
  path?: string;
  /** Of the mix's searches, this percentage is replaced by searches asked for once only (Mix.longTail). */
  uniqueSearchPercent?: number;
}): Promise<LoadResult> {
  let counter = 0;
  let posts = 0;
  let searches = 0;
  let longTailCount = 0;
  const uniqueEvery = options.uniqueSearchPercent ? Math.max(1, Math.round(100 / options.uniqueSearchPercent)) : 0;
  const pageCache: Record<string, number> = {};
  // Every request until its answer (autocannon's per-request context is cleared before each new
  // request, so a timed-out request can't be found there): those left over at the end that were
  // sent longer ago than the timeout got none.
  const waiting = new Map<string, Pending>();
  const timeoutSeconds = 10;
  const runId = Math.random().toString(36).slice(2, 8);
  const feedbackSent: string[] = [];
  let feedbackRefused = 0;
  const feedbackOutcomes: Record<string, number> = {};
  const origin = options.url;
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.duration,
    timeout: timeoutSeconds,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
          const n = counter++;
          const id = `load-${runId}-${n}`;
          context.id = id;
          if (options.post && options.postEvery && n % options.postEvery === options.postEvery - 1) {
            const comment = `${options.marker ?? "bench"} post ${letters(posts++)}`;
            const { body, contentType } = options.post(comment);
            context.comment = comment;
            waiting.set(id, {
              id,
              path: `/offers/${options.mix?.offerSlugs[0] ?? ""}`,
              method: "POST",
              sentAt: Date.now(),
            });
            return {
              ...request,
              method: "POST",
              path: `/offers/${options.mix?.offerSlugs[0] ?? ""}`,
              headers: {
                "content-type": contentType,
                origin,
                accept: "text/html",
                "x-forwarded-for": `10.${n % 250}.${(n >> 8) % 250}.${1 + (n % 200)}`,
                "x-request-id": id,
              },
              body,
            };
          }
          context.comment = undefined;
          const paths = options.mix?.paths ?? [options.path ?? "/"];
          let path = paths[n % paths.length] ?? "/";
          if (options.mix && /^(\/[a-z]{2})?\/search\?/.test(path) && uniqueEvery && searches++ % uniqueEvery === 0)
            path = options.mix.longTail(longTailCount++);
          waiting.set(id, { id, path, method: "GET", sentAt: Date.now() });
          return {
            ...request,
            method: "GET",
            path,
            // As browsers ask: compressed where the server compresses.
            headers: { accept: "text/html", "accept-encoding": "gzip, deflate, br", "x-request-id": id },
            body: undefined,
          };
        },
        onResponse: (
          status: number,
          _body: string,
          context: Record<string, unknown>,
          headers?: Record<string, string>,
        ) => {
          waiting.delete(String(context.id));
          const cached = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === "x-page-cache")?.[1];
          if (cached) pageCache[String(cached)] = (pageCache[String(cached)] ?? 0) + 1;
          if (typeof context.comment !== "string") return;
          const location = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === "location")?.[1] ?? "";
          const outcome =
            status === 303 ? (/feedback=([a-z-]+)/.exec(String(location))?.[1] ?? "no-outcome") : String(status);
          feedbackOutcomes[outcome] = (feedbackOutcomes[outcome] ?? 0) + 1;
          if (outcome === "sent" || outcome === "sent-removed") feedbackSent.push(context.comment);
          else feedbackRefused++;
        },
      },
    ],
  } as unknown as autocannon.Options);
  const result = await instance;
  const ended = Date.now();
  const unanswered = [...waiting.values()].filter((request) => ended - request.sentAt > timeoutSeconds * 1000);
  const statuses: Record<string, number> = {};
  for (const [code, value] of Object.entries(
    (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {},
  ))
    statuses[code] = value.count;
  return {
    requests: result.requests.total,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
    reqPerSec: result.requests.average,
    feedbackSent,
    feedbackRefused,
    feedbackOutcomes,
    pageCache,
    unanswered,
  };
}
