/**
 * The portal's own address as the visitor reached it, for absolute links that leave the page
 * (sitemap, Open Graph images, feeds). The host comes from the request: a proxy in front sets
 * x-forwarded-host and x-forwarded-proto.
 */
export function siteOrigin(request: Headers): string {
  const host = request.get("x-forwarded-host")?.split(",")[0]?.trim() || request.get("host") || "localhost:3000";
  const proto =
    request.get("x-forwarded-proto")?.split(",")[0]?.trim() ||
    (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
