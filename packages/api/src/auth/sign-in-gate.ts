import { createHash, timingSafeEqual } from "node:crypto";
import type { Database } from "@free-city/db";
import { signInRequest } from "@free-city/schemas";
import { type RateLimitRule, takeRateLimit } from "../domain/rate-limits/take-rate-limit.ts";
import { BodyTooLarge, readBodyCapped, tooLarge } from "../http/body.ts";
import { clientKey, SHARED_CLIENT_KEY } from "../http/client-address.ts";

const MINUTE = 60 * 1000;

/**
 * How sign-in link requests are limited (see "Security" in the README for the reasoning).
 *
 * Per email address, whoever asks: one link a minute and five an hour, so nobody can flood an
 * inbox. Links last an hour (the EmailProvider's maxAge in options.ts), at least as long as the
 * hourly window, so whenever someone else has used up an address's allowance, the owner of that
 * inbox already holds a working link from the last hour: asking for another is refused, signing
 * in is not. The only wait an attacker without the inbox can cause is the one-minute spacing.
 *
 * Per client: 30 links in 15 minutes from one address (a council office behind one address signs
 * in at 9am), or, when the address is unknown (TRUSTED_PROXY_HOPS=0), 10 per browser session
 * (next-auth's CSRF cookie). There is deliberately no allowance shared by all unknown clients:
 * one person could use it up and keep everyone out.
 *
 * Only requests that pass next-auth's CSRF check count, so anonymous posts without a session
 * can't use anything up.
 */
export const SIGN_IN_LIMITS = {
  perEmailSpacing: { limit: 1, windowMs: MINUTE },
  perEmailHour: { limit: 5, windowMs: 60 * MINUTE },
  perClient: { limit: 30, windowMs: 15 * MINUTE },
  perSession: { limit: 10, windowMs: 15 * MINUTE },
  linkMaxAgeSeconds: 60 * 60,
  maxBodyBytes: 8 * 1024,
} as const;

export type SignInGateOptions = {
  /** Where the counters live (shared by every admin instance, kept across restarts). */
  db: Database;
  secret: string;
  /** next-auth's secure cookies (an https NEXTAUTH_URL): its CSRF cookie is then "__Host-…". */
  secureCookies: boolean;
  trustedProxyHops: number;
  /** Where refusals point the sign-in form (the admin's /sign-in/error). */
  errorUrl: string;
  /**
   * The per-address limits protect inboxes. The demo's outbox mails nobody, so it leaves them off
   * (its browser tests sign the same demo account in several times a minute); real email keeps them.
   */
  limitPerAddress?: boolean;
};

/**
 * Checks a request for a sign-in link before next-auth sees it. Returns a response to send
 * instead (refused), or null to let next-auth handle the request.
 */
export type SignInGate = (request: Request, now?: number) => Promise<Response | null>;

export function createSignInGate(options: SignInGateOptions): SignInGate {
  const limiter = (bucket: string, l: { limit: number; windowMs: number }) => {
    const rule: RateLimitRule = { bucket, ...l };
    return { take: (key: string, now: number) => takeRateLimit(options.db, rule, key, new Date(now)) };
  };
  const perEmailSpacing = limiter("signin:email-minute", SIGN_IN_LIMITS.perEmailSpacing);
  const perEmailHour = limiter("signin:email-hour", SIGN_IN_LIMITS.perEmailHour);
  const perClient = limiter("signin:client", SIGN_IN_LIMITS.perClient);
  const perSession = limiter("signin:session", SIGN_IN_LIMITS.perSession);
  const cookieName = `${options.secureCookies ? "__Host-" : ""}next-auth.csrf-token`;

  const refuse = (error: string, status: number) => {
    const url = new URL(options.errorUrl);
    url.searchParams.set("error", error);
    return Response.json({ url: url.toString() }, { status });
  };

  return async (request, now = Date.now()) => {
    // Read a copy, so the original still carries its body to next-auth.
    let text: string;
    try {
      text = new TextDecoder().decode(await readBodyCapped(request.clone(), SIGN_IN_LIMITS.maxBodyBytes));
    } catch (error) {
      if (error instanceof BodyTooLarge) return tooLarge(SIGN_IN_LIMITS.maxBodyBytes);
      throw error;
    }
    // next-auth reads a form body with Object.fromEntries (the last of repeated fields) and a
    // JSON body with JSON.parse (the last of repeated keys). Only a form is accepted, and a field
    // given twice is refused, so what is checked and counted here is exactly what next-auth sends to.
    if (!(request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded"))
      return refuse("EmailInvalid", 400);
    const form = new URLSearchParams(text);
    if (form.getAll("email").length !== 1 || form.getAll("csrfToken").length > 1) return refuse("EmailInvalid", 400);
    const parsed = signInRequest.safeParse({ email: form.get("email") ?? "" });
    if (!parsed.success) return refuse("EmailInvalid", 400);

    // Not counted unless it passes next-auth's own CSRF check; next-auth then refuses it itself.
    const session = verifiedCsrfToken(request.headers.get("cookie"), cookieName, form.get("csrfToken"), options.secret);
    if (!session) return null;

    const client = clientKey(request.headers, {
      trustedProxyHops: options.trustedProxyHops,
      keySecret: options.secret,
    });
    const clientAllowed =
      client === SHARED_CLIENT_KEY
        ? await perSession.take(`signin:session:${hash(session)}`, now)
        : await perClient.take(`signin:${client}`, now);
    if (!clientAllowed) return refuse("RateLimited", 429);
    if (options.limitPerAddress === false) return null;
    const email = parsed.data.email.toLowerCase();
    if (!(await perEmailSpacing.take(`signin:email-minute:${hash(email)}`, now)))
      return refuse("EmailRateLimited", 429);
    if (!(await perEmailHour.take(`signin:email-hour:${hash(email)}`, now))) return refuse("EmailRateLimited", 429);
    return null;
  };
}

/** next-auth's double-submit check: the cookie holds "token|sha256(token + secret)", the form the token. */
function verifiedCsrfToken(
  cookieHeader: string | null,
  cookieName: string,
  bodyToken: string | null,
  secret: string,
): string | null {
  if (!cookieHeader || !bodyToken) return null;
  const raw = cookieHeader
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${cookieName}=`))
    ?.slice(cookieName.length + 1);
  if (!raw) return null;
  const [token, tokenHash] = decodeURIComponent(raw).split("|");
  if (!token || !tokenHash || token !== bodyToken) return null;
  const expected = createHash("sha256").update(`${token}${secret}`).digest("hex");
  const given = Buffer.from(tokenHash);
  return given.length === expected.length && timingSafeEqual(given, Buffer.from(expected)) ? token : null;
}

const hash = (value: string) => createHash("sha256").update(value).digest("base64url").slice(0, 32);
