import { type NextRequest, NextResponse } from "next/server";
import { DEFAULT_LOCALE, splitLocale } from "./i18n/config";
import { LOCALE_HEADER, ORIGINAL_PATH_HEADER } from "./i18n/proxy-headers";

/**
 * Every page lives under app/[locale]. English addresses have no prefix ("/search"), so they are
 * rewritten to "/en/search"; "/en/…" itself redirects to the address without it. No cookie is set
 * and the browser's language is not guessed: the language switch is a plain link.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const { locale, path } = splitLocale(pathname);
  if (pathname === `/${DEFAULT_LOCALE}` || pathname.startsWith(`/${DEFAULT_LOCALE}/`)) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(DEFAULT_LOCALE.length + 1) || "/";
    return NextResponse.redirect(url, 308);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(ORIGINAL_PATH_HEADER, `${path}${search}`);
  requestHeaders.set(LOCALE_HEADER, locale);
  if (locale !== DEFAULT_LOCALE) return NextResponse.next({ request: { headers: requestHeaders } });
  const url = request.nextUrl.clone();
  url.pathname = `/${DEFAULT_LOCALE}${pathname === "/" ? "" : pathname}`;
  return NextResponse.rewrite(url, { request: { headers: requestHeaders } });
}

export const config = {
  // Pages only: not Next's own files, not the API routes, not files with an extension (sw.js, icons).
  matcher: ["/((?!api|_next|.*\\..*).*)"],
};
