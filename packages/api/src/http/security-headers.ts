/**
 * The security headers of both apps, in one place so they can't drift apart. The proxy of each app
 * (src/proxy.ts) makes a fresh nonce per request and sets these on every page and route handler;
 * Next.js reads the nonce from the request's Content-Security-Policy and puts it on its own
 * scripts, and our one inline script (the portal's "js" class) carries it too. No inline script
 * without the nonce runs: a script injected into a page (stored XSS) is blocked.
 */
export type App = "portal" | "admin";

/** The request header the proxy passes the nonce to pages in (read with `headers()`). */
export const NONCE_HEADER = "x-nonce";

/** 128 random bits, base64: a new one for every response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(options: {
  nonce: string;
  /** `next dev` evaluates code with eval() for its fast refresh; never in a production build. */
  development?: boolean;
  /** Extra origins forms may post to or be redirected to (the staff sign-in provider). */
  formActions?: string[];
}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonce'd scripts load (Next's chunks) may run; nothing else.
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes; styles can't run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self'${options.formActions?.length ? ` ${options.formActions.join(" ")}` : ""}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Every header for one response. Geolocation is allowed only on the portal, and only for itself
 * (its "Near me" button); the admin asks for nothing. HSTS only when the app's public address is
 * https (browsers ignore it over http, and localhost must stay reachable over http).
 */
export function securityHeaders(options: {
  app: App;
  nonce: string;
  https: boolean;
  development?: boolean;
  formActions?: string[];
}): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // Nothing is sent to other sites; same-origin keeps the Origin header that form posts need
    // (with "no-referrer" the browser sends "Origin: null" and Next refuses the server action).
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": `${options.app === "portal" ? "geolocation=(self)" : "geolocation=()"}, camera=(), microphone=(), payment=(), usb=(), interest-cohort=()`,
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  // The admin is never in a search engine, even when a link to it is found somewhere.
  if (options.app === "admin") headers["X-Robots-Tag"] = "noindex, nofollow";
  if (options.https) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}
