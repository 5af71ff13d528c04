import { AppError } from "@free-city/api";
import { describe, expect, it } from "vitest";
import { readPortalEnv } from "../env";
import { jsonBody, openDataGet, openDataOptions } from "./open-data-response";

/** The open-data response rules on real Fetch API requests and responses (what Next hands a route). */
/** A limiter with the same contract as the PostgreSQL one (count per key, refuse past the limit). */
function countingLimiter(limit: number) {
  const counts = new Map<string, number>();
  return {
    take(key: string) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return (counts.get(key) ?? 0) <= limit;
    },
  };
}

describe("open data responses", () => {
  const limiter = () => countingLimiter(1000);
  const get = (headers: Record<string, string> = {}, produce = () => jsonBody({ hello: "world" })) =>
    openDataGet(new Request("http://portal.test/api/oruk/services?page=1", { headers }), produce, {
      maxAge: 300,
      limiter: limiter(),
    });

  it("answers with JSON, open to any site, cacheable, with an ETag; If-None-Match gets a 304", async () => {
    const first = await get();
    expect(first.status).toBe(200);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    expect(first.headers.get("content-type")).toMatch(/^application\/json/);
    expect(first.headers.get("set-cookie")).toBeNull();
    expect(await first.json()).toEqual({ hello: "world" });
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);

    const again = await get({ "If-None-Match": etag as string });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    expect((await get({ "If-None-Match": `W/${etag}` })).status).toBe(304);
    expect((await get({ "If-None-Match": '"something-else"' })).status).toBe(200);
    // A change to the data is a new ETag: the old one gets the new body.
    const changed = await get({ "If-None-Match": etag as string }, () => jsonBody({ hello: "there" }));
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("writes links with the portal's public address (PORTAL_URL), never a Host header the client wrote", async () => {
    let seen = "";
    await openDataGet(
      new Request("http://0.0.0.0:3000/api/oruk?x=1", {
        headers: { host: "attacker.example", "x-forwarded-host": "attacker.example", "x-forwarded-proto": "https" },
      }),
      (url) => {
        seen = url.toString();
        return jsonBody({});
      },
      { maxAge: 60, limiter: limiter() },
    );
    expect(seen).toBe(`${readPortalEnv().portalUrl}/api/oruk?x=1`);
    expect(seen).not.toContain("attacker.example");
  });

  it("turns a refused parameter into a 400 naming it, and a missing record into a 404", async () => {
    const bad = await get({}, () => {
      throw new AppError("INVALID_FIELDS", { parameter: "per_page" }, "per_page: must be a whole number from 1 to 100");
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("access-control-allow-origin")).toBe("*");
    expect(await bad.json()).toEqual({
      error: "bad_parameter",
      parameter: "per_page",
      message: "per_page: must be a whole number from 1 to 100",
    });
    const missing = await get({}, () => {
      throw new AppError("NOT_FOUND");
    });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toBe("not_found");
  });

  it("limits each client, and answers a browser's pre-flight for If-None-Match", async () => {
    const tight = countingLimiter(2);
    // Behind one trusted proxy, each client is the address it saw (the last X-Forwarded-For entry).
    const call = (address: string) =>
      openDataGet(
        new Request("http://portal.test/api/oruk", { headers: { "x-forwarded-for": `10.9.9.9, ${address}` } }),
        () => jsonBody({}),
        { maxAge: 60, limiter: tight, trustedProxyHops: 1 },
      );
    expect((await call("203.0.113.1")).status).toBe(200);
    expect((await call("203.0.113.1")).status).toBe(200);
    const limited = await call("203.0.113.1");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
    expect((await call("203.0.113.2")).status).toBe(200);
    const preflight = openDataOptions();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/If-None-Match/);
  });
});
