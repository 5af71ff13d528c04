/**
 * What must never be in a log line: an email address, a token, a sign-in or invitation link, an
 * IP address, or a search position (latitude/longitude, a postcode). `scrub` replaces each with a
 * marker in any text; `scrubValue` also drops values under keys that name them. The logger runs
 * both on every line it writes (see logger.ts), so a careless `log(…)` anywhere is still safe.
 */

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** A sign-in link (next-auth's callback) or an invitation link: the whole address goes. */
const LINK_WITH_SECRET = /(?:https?:\/\/[^\s"'<>]*)?\/(?:api\/auth\/callback|invitations)\/(?!:)[^\s"'<>]*/gi;
/** Query parameters that carry a secret or a position. */
const SECRET_PARAM =
  /([?&;](?:token|code|state|email|identifier|callbackUrl|lat|lng|lon|latitude|longitude|postcode|near|secret|password|key|signature)=)[^&\s"'<>#]*/gi;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
/** Credentials in a connection string: postgresql://user:password@host. */
const URL_PASSWORD = /(\/\/[^:/@\s"]*):[^@/\s"]*@/g;
const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;
const IPV6 = /(?<![\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])/gi;
/** A full UK postcode ("B5 4BU", "b54bu"). */
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b/gi;
/** Two decimal coordinates side by side ("52.4796, -1.9026"). */
const POSITION = /-?\d{1,3}\.\d{2,}\s*[,/ ]\s*-?\d{1,3}\.\d{2,}/g;
/** A long random-looking string (hex or base64url, letters and digits mixed): a token or hash. */
const LONG_TOKEN = /(?<![\w-])(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_]{32,}(?![\w-])/g;

export function scrub(text: string): string {
  return text
    .replace(LINK_WITH_SECRET, "[link]")
    .replace(SECRET_PARAM, "$1[redacted]")
    .replace(BEARER, "$1 [redacted]")
    .replace(URL_PASSWORD, "$1:[redacted]@")
    .replace(EMAIL, "[email]")
    .replace(POSITION, "[position]")
    .replace(IPV4, "[ip]")
    .replace(IPV6, (match) => (match.includes("::") || match.split(":").length >= 6 ? "[ip]" : match))
    .replace(POSTCODE, "[postcode]")
    .replace(LONG_TOKEN, "[token]");
}

/** Keys whose values are never logged, whatever they hold. */
const SECRET_KEY =
  /^(?:e-?mail|to|from|identifier|token|.*_token|sessionToken|secret|password|ip|ips|remoteAddress|x-forwarded-for|x-real-ip|forwarded|cookie|set-cookie|authorization|lat|lng|lon|latitude|longitude|postcode|near|position)$/i;

/** A copy of a value with every string scrubbed and secret keys replaced (cycles cut). */
export function scrubValue(value: unknown, seen = new WeakSet<object>()): unknown {
  if (typeof value === "string") return scrub(value);
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return "[cycle]";
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, seen));
  if (value instanceof Error) {
    return {
      type: value.name,
      message: scrub(value.message),
      ...(value.stack ? { stack: scrub(value.stack) } : {}),
      ...("code" in value && typeof value.code === "string" ? { code: value.code } : {}),
    };
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? "[redacted]" : scrubValue(inner, seen);
  }
  return out;
}

/**
 * A request's address as it may be logged: the path only (the query string can hold a search
 * position or a token), with ids and secrets in it replaced by placeholders.
 */
export function routeOf(url: string | undefined): string {
  const pathname = (url ?? "/").split(/[?#]/)[0] ?? "/";
  const segments = pathname.split("/").map((segment) => {
    if (segment === "") return segment;
    // cuids, uuids, hex and base64url tokens: anything long with digits and no word-like shape.
    if (/^[0-9a-f-]{32,36}$/i.test(segment) || /^c[a-z0-9]{20,}$/.test(segment)) return ":id";
    if (segment.length >= 24 && /\d/.test(segment) && !/^[a-z0-9]+(?:-[a-z0-9]+)+(?:\.\w+)?$/.test(segment))
      return ":id";
    return segment;
  });
  let route = segments.join("/") || "/";
  route = route
    .replace(/\/invitations\/[^/]+/, "/invitations/:token")
    .replace(/\/api\/auth\/callback\/.*/, "/api/auth/callback/:provider");
  return scrub(route);
}
