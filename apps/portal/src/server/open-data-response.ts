import { createHash } from "node:crypto";
import { isAppError } from "@free-city/api";
import { type RateLimitRule, takeRateLimit } from "@free-city/api/auth";
import { clientKey, readHttpEnv, SHARED_CLIENT_KEY } from "@free-city/api/http";
import { getDb } from "@free-city/db";
import { siteOrigin } from "./origin";

/**
 * Open data (the Open Referral API, calendar and Atom feeds) is read by programs: each client
 * address may make 240 requests a minute; callers whose address is unknown (TRUSTED_PROXY_HOPS=0)
 * share 2 400. Counted in PostgreSQL like every other limit, so it holds across instances.
 */
const OPEN_DATA_PER_CLIENT: RateLimitRule = { bucket: "open-data:client", limit: 240, windowMs: 60_000 };
const OPEN_DATA_SHARED: RateLimitRule = { bucket: "open-data:shared", limit: 2400, windowMs: 60_000 };

export type OpenDataLimiter = { take(key: string): boolean | Promise<boolean> };

const openDataLimiter: OpenDataLimiter = {
  take: (key) => takeRateLimit(getDb(), key === SHARED_CLIENT_KEY ? OPEN_DATA_SHARED : OPEN_DATA_PER_CLIENT, key),
};

export type OpenDataBody = { body: string; contentType: string; filename?: string };

type Options = {
  /** Seconds a cache may keep the answer. */
  maxAge: number;
  limiter?: OpenDataLimiter;
  /** Proxy hops to trust for the client address (default: TRUSTED_PROXY_HOPS). */
  trustedProxyHops?: number;
};

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  // If-None-Match is not a "simple" header: a browser asks first (OPTIONS) before sending it.
  "Access-Control-Allow-Headers": "If-None-Match, Accept",
  "Access-Control-Expose-Headers": "ETag",
  "Access-Control-Max-Age": "86400",
};

/**
 * A GET for open data: open to any site (CORS *), rate limited per client, cacheable, with an
 * ETag over the body so `If-None-Match` gets a 304. A refused parameter is a 400 naming it, a
 * missing record a 404, both as JSON; anything else a 500 without internals. No cookie is read
 * or set.
 */
export async function openDataGet(
  request: Request,
  produce: (url: URL) => Promise<OpenDataBody> | OpenDataBody,
  options: Options,
): Promise<Response> {
  const limiter = options.limiter ?? openDataLimiter;
  const settings = readHttpEnv();
  const key = clientKey(request.headers, {
    trustedProxyHops: options.trustedProxyHops ?? settings.trustedProxyHops,
    keySecret: settings.keySecret,
  });
  if (!(await limiter.take(key))) {
    return json({ error: "rate_limited", message: "Too many requests. Wait a minute and try again." }, 429, {
      "Retry-After": "60",
    });
  }
  let result: OpenDataBody;
  try {
    // The address as the client reached it (Next's request.url carries the address it listens on).
    const asked = new URL(request.url);
    result = await produce(new URL(`${asked.pathname}${asked.search}`, siteOrigin()));
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_FIELDS") {
      const parameter = typeof error.detail?.parameter === "string" ? error.detail.parameter : undefined;
      return json({ error: "bad_parameter", parameter, message: error.message }, 400);
    }
    if (isAppError(error) && error.code === "NOT_FOUND") {
      return json({ error: "not_found", message: "Nothing public has that id." }, 404);
    }
    console.error("[portal] open data request failed", error);
    return json({ error: "server_error", message: "Something went wrong on our side. Try again later." }, 500);
  }
  const etag = `"${createHash("sha1").update(result.body).digest("base64url")}"`;
  const headers: Record<string, string> = {
    ...CORS,
    "Content-Type": result.contentType,
    "Cache-Control": `public, max-age=${options.maxAge}`,
    ETag: etag,
    Vary: "Accept-Encoding",
  };
  if (result.filename) headers["Content-Disposition"] = `inline; filename="${result.filename}"`;
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : result.body, { status: 200, headers });
}

/** The answer to a browser's CORS pre-flight. */
export function openDataOptions(): Response {
  return new Response(null, { status: 204, headers: CORS });
}

/** A JSON body for `openDataGet`. */
export function jsonBody(data: unknown): OpenDataBody {
  return { body: JSON.stringify(data), contentType: "application/json; charset=utf-8" };
}

function json(data: unknown, status: number, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { ...CORS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...extra },
  });
}

/** If-None-Match holds this ETag (or *); weak and strong forms compare equal, as RFC 9110 says for GET. */
function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
