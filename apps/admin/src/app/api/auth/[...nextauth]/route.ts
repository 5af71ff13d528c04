import { createSignInGate, readAdminEnv, type SignInGate } from "@free-city/api/auth";
import { BodyTooLarge, readBodyCapped, tooLarge } from "@free-city/api/http";
import { getDb } from "@free-city/db";
import NextAuth from "next-auth";
import { authOptions } from "~/server/auth";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

/** next-auth's own posts (sign out, the staff sign-in) are small forms. */
const MAX_BODY_BYTES = 8 * 1024;

function handler(req: Request, context: RouteContext) {
  return NextAuth(authOptions())(req, context);
}

export { handler as GET };

let gate: SignInGate | undefined;
function signInGate(): SignInGate {
  if (!gate) {
    const env = readAdminEnv();
    gate = createSignInGate({
      db: getDb(),
      secret: env.secret,
      secureCookies: env.adminUrl.startsWith("https://"),
      trustedProxyHops: env.trustedProxyHops,
      errorUrl: new URL("/sign-in/error", env.adminUrl).toString(),
      limitPerAddress: !env.demoOutbox,
    });
  }
  return gate;
}

/**
 * Sign-in link requests are checked and rate-limited before next-auth sees them (see
 * createSignInGate: one email field, counted only past the CSRF check, per address and per
 * client), so nobody can flood an inbox or keep someone from signing in.
 */
export async function POST(req: Request, context: RouteContext) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "signin/email") {
    const refused = await signInGate()(req);
    if (refused) return refused;
  } else {
    try {
      await readBodyCapped(req.clone(), MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLarge) return tooLarge(MAX_BODY_BYTES);
      throw error;
    }
  }
  return handler(req, context);
}
