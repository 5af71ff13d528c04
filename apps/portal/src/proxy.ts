import { NONCE_HEADER, newNonce, readHttpEnv, securityHeaders } from "@free-city/api/http";
import { type NextRequest, NextResponse } from "next/server";
import { DEFAULT_LOCALE, splitLocale } from "./i18n/config";
import { LOCALE_HEADER, ORIGINAL_PATH_HEADER } from "./i18n/proxy-headers";

const settings = readHttpEnv();

/**
 * Every response gets the security headers (see @free-city/api/http), with a fresh nonce for the
 * Content-Security-Policy: Next.js puts it on its own scripts, the layout on its one inline script.
 * Every page lives under app/[locale]. English addresses have no prefix ("/search"), so they are
 * rewritten to "/en/search"; "/en/…" itself redirects to the address without it. No cookie is set
 * and the browser's language is not guessed: the language switch is a plain link.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const headers = securityHeaders({
    app: "portal",
    nonce,
    https: settings.portalHttps,
    development: settings.development,
  });
  const response = route(request, nonce, headers["Content-Security-Policy"] as string);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** Pages only: not Next's own files, not the API routes, not files with an extension (sw.js, icons). */
const PAGE = /^\/(?!api\/|api$|_next\/)(?!.*\.[^/]*$)/;

function route(request: NextRequest, nonce: string, policy: string): NextResponse {
  const { pathname, search } = request.nextUrl;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  if (!PAGE.test(pathname)) return NextResponse.next({ request: { headers: requestHeaders } });
  const { locale, path } = splitLocale(pathname);
  if (pathname === `/${DEFAULT_LOCALE}` || pathname.startsWith(`/${DEFAULT_LOCALE}/`)) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(DEFAULT_LOCALE.length + 1) || "/";
    return NextResponse.redirect(url, 308);
  }
  requestHeaders.set(ORIGINAL_PATH_HEADER, `${path}${search}`);
  requestHeaders.set(LOCALE_HEADER, locale);
  if (locale !== DEFAULT_LOCALE) return NextResponse.next({ request: { headers: requestHeaders } });
  const url = request.nextUrl.clone();
  url.pathname = `/${DEFAULT_LOCALE}${pathname === "/" ? "" : pathname}`;
  return NextResponse.rewrite(url, { request: { headers: requestHeaders } });
}

export const config = {
  // Everything but Next's static files (hashed scripts and styles; next.config sets their headers).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
