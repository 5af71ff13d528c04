import { createHmac } from "node:crypto";

/**
 * The one place a client's address comes from, for every rate limit in both apps.
 *
 * X-Forwarded-For is a list the client starts and each proxy appends to: "client, proxy1, proxy2".
 * Only the entries the deployment's own proxies appended can be trusted; anything to their left
 * the client could have written. With `trustedProxyHops` = N, the address is the Nth entry from
 * the right (one load balancer: N = 1, the entry it appended, the address it saw connect). With
 * N = 0 (the default) no header is trusted at all, and Next.js gives route handlers and server
 * actions no socket address, so the address is unknown (null).
 */
export function clientAddress(headers: Headers, trustedProxyHops: number): string | null {
  if (trustedProxyHops <= 0) return null;
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request did not come through them all; trust nothing.
  if (entries.length < trustedProxyHops) return null;
  const address = entries[entries.length - trustedProxyHops] ?? "";
  return /^[0-9a-fA-F.:]{2,45}$/.test(address) ? address : null;
}

/**
 * The key callers without a known address share (TRUSTED_PROXY_HOPS=0, or a request that did not
 * come through the proxies). Limits give it a larger allowance than one address gets.
 */
export const SHARED_CLIENT_KEY = "shared";

/**
 * The rate-limit key of a request: "ip:" and a keyed hash of the trusted address (the address
 * itself is never stored; without the secret the hash can't be reversed), or SHARED_CLIENT_KEY.
 * Nothing the client chooses (the user agent, a forged X-Forwarded-For entry) changes it.
 */
export function clientKey(
  headers: Headers,
  options: { trustedProxyHops: number; keySecret: string | undefined },
): string {
  const address = clientAddress(headers, options.trustedProxyHops);
  if (!address) return SHARED_CLIENT_KEY;
  return `ip:${hmac(options.keySecret, address)}`;
}

/**
 * De-duplicates a visitor's counted views for a while: the trusted address (when known) and the
 * browser. A counter is not a limit, so the browser name may be part of it: a school's pupils on
 * one address with different browsers count separately, and forging it only adds a view.
 */
export function visitorKey(
  headers: Headers,
  options: { trustedProxyHops: number; keySecret: string | undefined },
): string {
  const address = clientAddress(headers, options.trustedProxyHops) ?? "";
  return `v:${hmac(options.keySecret, `${address}\0${headers.get("user-agent") ?? ""}`)}`;
}

// Without a secret every instance still must derive the same key for the same client (the limits
// and de-duplication are shared through PostgreSQL), so the key is then a fixed one. Nothing is
// lost by that: these keys live only in memory, and what is stored is re-hashed with the day's
// shared salt (takeRateLimit, hashVisitor), which is deleted when the day is over.
function hmac(secret: string | undefined, value: string): string {
  return createHmac("sha256", `client-key:${secret ?? ""}`)
    .update(value)
    .digest("base64url")
    .slice(0, 32);
}
