import "server-only";
import type { RateLimitRule } from "@free-city/api/auth";

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/**
 * Sign-in links: per email address and per client address, each over 15 minutes. Counted in
 * PostgreSQL (takeRateLimit), so they hold whichever admin instance gets the request.
 */
export const SIGN_IN_PER_EMAIL: RateLimitRule = { bucket: "sign-in:email", limit: 5, windowMs: FIFTEEN_MINUTES };
export const SIGN_IN_PER_CLIENT: RateLimitRule = { bucket: "sign-in:client", limit: 30, windowMs: FIFTEEN_MINUTES };

export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}
