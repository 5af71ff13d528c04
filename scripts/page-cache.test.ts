// The page cache over real HTTP: a stand-in for Next renders pages with the proxy's kind of nonce
// (and counts its renders); the cache in front of it is used as scripts/serve.ts uses it.
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cacheablePage, contentVersionReader, PageCache } from "./page-cache.ts";

let version = "v1";
let clock = 1_000_000;
let renders: string[] = [];
let renderDelayMs = 0;
let rendersAtOnce = 0;
let mostRendersAtOnce = 0;
let cache: PageCache;
let server: http.Server;
let base = "";

function renderLikeNext(req: http.IncomingMessage, res: http.ServerResponse) {
  renders.push(req.url ?? "");
  rendersAtOnce++;
  mostRendersAtOnce = Math.max(mostRendersAtOnce, rendersAtOnce);
  res.once("finish", () => rendersAtOnce--);
  const nonce = randomBytes(16).toString("base64");
  res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  res.setHeader("Link", `</_next/static/a.css>; rel=preload; as="style"; nonce="${nonce}"`);
  res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  const url = new URL(req.url ?? "/", "http://x");
  const status = url.searchParams.get("status");
  if (status) res.statusCode = Number(status);
  if (url.searchParams.has("cookie")) res.setHeader("Set-Cookie", "a=b");
  res.setHeader("Content-Type", url.searchParams.has("json") ? "application/json" : "text/html; charset=utf-8");
  const rendered = version;
  setTimeout(() => {
    res.write(`<!doctype html><html><head><script nonce="${nonce}">1</script></head>`);
    res.end(`<body>${req.url} · ${rendered} · ünïcødé<script nonce="${nonce}" src="/a.js"></script></body></html>`);
  }, renderDelayMs);
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const page = cacheablePage(req.method, req.url, req.headers);
    if (!page) return renderLikeNext(req, res);
    void cache.lookUp(page, req, res).then((found) => {
      if (found.sent) return;
      if (found.key) cache.capture(found.key, req, res);
      renderLikeNext(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
const makeCache = (options: Partial<ConstructorParameters<typeof PageCache>[0]> = {}) =>
  new PageCache({
    maxBytes: 1024 * 1024,
    ttlMs: 60_000,
    staleAfterChangeMs: 10_000,
    staleAfterExpiryMs: 60_000,
    renders: 4,
    readVersion: async () => version,
    now: () => clock,
    ...options,
  });

beforeEach(() => {
  version = "v1";
  renders = [];
  renderDelayMs = 0;
  mostRendersAtOnce = 0;
  cache = makeCache();
});

const nonceOf = (response: Response) =>
  /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

describe("the portal's page cache", () => {
  it("renders a page once and sends every copy with a nonce of its own, in the header and the page", async () => {
    const first = await fetch(`${base}/ur/offers/football`);
    const firstBody = await first.text();
    const firstNonce = nonceOf(first);
    expect(first.headers.get("x-page-cache")).toBe("miss");
    const seen = new Set([firstNonce]);
    for (let i = 0; i < 3; i++) {
      const again = await fetch(`${base}/ur/offers/football`);
      const body = await again.text();
      const nonce = nonceOf(again);
      expect(again.headers.get("x-page-cache")).toBe("hit");
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(seen.has(nonce)).toBe(false);
      seen.add(nonce);
      expect(body).toBe(firstBody.replaceAll(firstNonce ?? "?", nonce ?? "?"));
      expect(body).not.toContain(firstNonce);
      expect(again.headers.get("link")).toContain(`nonce="${nonce}"`);
      expect(again.headers.get("cache-control")).toContain("no-store");
    }
    expect(renders).toEqual(["/ur/offers/football"]);
  });

  it("renders again when the content version changes, and when an entry is older than its time limit", async () => {
    await fetch(`${base}/districts/ladywood`);
    await fetch(`${base}/districts/ladywood`);
    version = "v2";
    expect((await fetch(`${base}/districts/ladywood`)).headers.get("x-page-cache")).toBe("miss");
    expect((await fetch(`${base}/districts/ladywood`)).headers.get("x-page-cache")).toBe("hit");
    clock += 61_000;
    expect((await fetch(`${base}/districts/ladywood`)).headers.get("x-page-cache")).toBe("miss");
    // Long past its time (and its time as a stale copy), requests wait for a render.
    clock += 200_000;
    const [first, second] = await Promise.all([
      fetch(`${base}/districts/ladywood`),
      fetch(`${base}/districts/ladywood`),
    ]);
    expect([first, second].map((r) => r.headers.get("x-page-cache")).sort()).toEqual(["hit", "miss"]);
    expect(renders).toHaveLength(4);
  });

  it("after a change, one request renders the page again while the others get it as it was, for a few seconds at most", async () => {
    await fetch(`${base}/offers/swim`);
    version = "v2";
    renderDelayMs = 100;
    const [rendering, meanwhile] = await Promise.all([
      fetch(`${base}/offers/swim`),
      new Promise((r) => setTimeout(r, 20)).then(() => fetch(`${base}/offers/swim`)),
    ]);
    expect(rendering.headers.get("x-page-cache")).toBe("miss");
    expect(await rendering.text()).toContain("v2");
    expect(meanwhile.headers.get("x-page-cache")).toBe("stale");
    expect(await meanwhile.text()).toContain("v1");
    expect((await fetch(`${base}/offers/swim`)).headers.get("x-page-cache")).toBe("hit");

    // Long after a change nothing stale is sent: requests wait for the render.
    version = "v3";
    await fetch(`${base}/venues/elsewhere`); // this instance sees the new version now
    clock += 11_000;
    const [first, second] = await Promise.all([
      fetch(`${base}/offers/swim`),
      new Promise((r) => setTimeout(r, 20)).then(() => fetch(`${base}/offers/swim`)),
    ]);
    expect(first.headers.get("x-page-cache")).toBe("miss");
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(await second.text()).toContain("v3");
    expect(renders.filter((r) => r === "/offers/swim")).toHaveLength(3);
  });

  it("renders only a few pages at once; the rest wait their turn", async () => {
    cache = makeCache({ renders: 2 });
    renderDelayMs = 30;
    const pages = ["a", "b", "c", "d", "e", "f"].map((slug) => fetch(`${base}/venues/${slug}`));
    const responses = await Promise.all(pages);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(renders).toHaveLength(6);
    expect(mostRendersAtOnce).toBe(2);
  });

  it("renders a page once when many ask for it at the same moment", async () => {
    renderDelayMs = 50;
    const responses = await Promise.all(Array.from({ length: 8 }, () => fetch(`${base}/search?q=art`)));
    const nonces = new Set(responses.map(nonceOf));
    expect(nonces.size).toBe(8);
    expect(renders).toEqual(["/search?q=art"]);
  });

  it("compresses a copy for a browser that accepts it, and sends only the headers for HEAD", async () => {
    const plain = await (await fetch(`${base}/about/privacy`)).text();
    const zipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve) => {
      http.get(`${base}/about/privacy`, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      });
    });
    expect(zipped.encoding).toBe("gzip");
    expect(gunzipSync(zipped.body).toString("utf8")).toMatch(/ünïcødé/);
    expect(gunzipSync(zipped.body).length).toBe(Buffer.byteLength(plain));
    const head = await fetch(`${base}/about/privacy`, { method: "HEAD" });
    expect(head.headers.get("x-page-cache")).toBe("hit");
    expect(await head.text()).toBe("");
    expect(renders).toHaveLength(1);
  });

  it("never keeps a position, an RSC request, another query string, or a response that is not a plain page", async () => {
    const twice = async (path: string, init?: RequestInit) => {
      await fetch(`${base}${path}`, init);
      await fetch(`${base}${path}`, init);
    };
    await twice("/search?near=52.48,-1.89&sort=nearest");
    await twice("/offers/football?feedback=sent");
    await twice("/offers/football", { headers: { rsc: "1" } });
    await twice("/saved?ids=a,b");
    await twice("/search?q=x&status=404");
    await twice("/search?q=x&cookie");
    await twice("/search?q=x&json");
    await twice("/api/oruk/services");
    await twice("/offers/football/calendar.ics");
    expect(renders).toHaveLength(18);
    expect(cache.counts.stored).toBe(0);
  });

  it("drops the oldest pages when it is full", async () => {
    cache = makeCache({ maxBytes: 1_000 });
    for (const slug of ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]) await fetch(`${base}/venues/${slug}`);
    await fetch(`${base}/venues/j`);
    await fetch(`${base}/venues/a`);
    expect(renders.filter((r) => r === "/venues/j")).toHaveLength(1);
    expect(renders.filter((r) => r === "/venues/a")).toHaveLength(2);
  });

  it("renders without the cache while the content version cannot be read", async () => {
    cache = makeCache({ readVersion: async () => null });
    await fetch(`${base}/`);
    await fetch(`${base}/`);
    expect(renders).toEqual(["/", "/"]);
  });

  it("names offer pages in any language, for their views to be counted", () => {
    expect(cacheablePage("GET", "/offers/girls-football", {})).toEqual({
      address: "/offers/girls-football",
      offerSlug: "girls-football",
    });
    expect(cacheablePage("GET", "/bn/offers/girls-football", {})?.offerSlug).toBe("girls-football");
    expect(cacheablePage("GET", "/venues/the-hub", {})?.offerSlug).toBeUndefined();
    expect(cacheablePage("POST", "/offers/girls-football", {})).toBeNull();
  });
});

describe("the content version for the key", () => {
  it("reads at most once in its time, shares one read, adds the city's date, and gives null when the database does not answer", async () => {
    let now = Date.UTC(2026, 10, 29, 23, 30); // 23:30 in London (GMT in November)
    let reads = 0;
    let failing = false;
    const read = contentVersionReader({
      query: async () => {
        reads++;
        if (failing) throw new Error("connection refused");
        return "7-123";
      },
      timeZone: "Europe/London",
      freshMs: 500,
      now: () => now,
    });
    const [a, b] = await Promise.all([read(), read()]);
    expect(a).toBe("7-123 2026-11-29");
    expect(b).toBe(a);
    expect(reads).toBe(1);
    now += 400;
    await read();
    expect(reads).toBe(1);
    now += 45 * 60_000; // 00:15 the next day
    expect(await read()).toBe("7-123 2026-11-30");
    failing = true;
    now += 1_000;
    expect(await read()).toBeNull();
  });
});
