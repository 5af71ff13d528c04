import { NONCE_HEADER, newNonce, readHttpEnv, securityHeaders } from "@free-city/api/http";
import { type NextRequest, NextResponse } from "next/server";

const settings = readHttpEnv();

/**
 * Every page and route handler of the admin gets the security headers, with a fresh nonce for
 * the Content-Security-Policy. Next.js reads the nonce from the request's policy and puts it on
 * its own scripts (every admin page is rendered per request, so each gets its own).
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const headers = securityHeaders({
    app: "admin",
    nonce,
    https: settings.adminHttps,
    development: settings.development,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"] as string);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next's static files (hashed scripts and styles; next.config sets their headers).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
