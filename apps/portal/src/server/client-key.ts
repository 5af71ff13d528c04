import { createHash, randomBytes } from "node:crypto";

const SALT = randomBytes(16);

/**
 * A visitor's key for rate limits and de-duplicated counts: a hash of the address and browser
 * name with a salt made when the server starts, so it cannot be reversed or linked across
 * restarts. It lives in memory for a few minutes and is never written anywhere.
 */
export function clientKeyOf(request: Headers): string {
  const address = request.get("x-forwarded-for")?.split(",")[0]?.trim() ?? request.get("x-real-ip") ?? "unknown";
  const agent = request.get("user-agent") ?? "";
  return createHash("sha256").update(SALT).update(address).update("\0").update(agent).digest("base64url");
}
