import "server-only";
import { RateLimiter } from "@free-city/api/auth";

/** Sign-in links: per email address and per client address, each over 15 minutes. */
export const signInPerEmail = new RateLimiter(5, 15 * 60 * 1000);
export const signInPerClient = new RateLimiter(30, 15 * 60 * 1000);

export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}
