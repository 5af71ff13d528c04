import { readPortalEnv } from "../env";

/**
 * The portal's public address (PORTAL_URL), for absolute links that leave the page (sitemap,
 * feeds, Open Graph images, the Open Referral API's links). Never taken from the request: a Host or
 * X-Forwarded-Host header is written by the client, and a cached sitemap or feed must not carry
 * someone else's host.
 */
export function siteOrigin(): string {
  return readPortalEnv().portalUrl;
}
