import { readAdminEnv, takeRateLimit } from "@free-city/api/auth";
import { getDb } from "@free-city/db";
import { signInRequest } from "@free-city/schemas";
import NextAuth from "next-auth";
import { authOptions } from "~/server/auth";
import { clientAddress, SIGN_IN_PER_CLIENT, SIGN_IN_PER_EMAIL } from "~/server/rate-limits";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

function handler(req: Request, context: RouteContext) {
  return NextAuth(authOptions())(req, context);
}

export { handler as GET };

/**
 * Sign-in link requests are validated and rate-limited before next-auth sees them, so nobody
 * can flood an inbox or use the form to probe addresses.
 */
export async function POST(req: Request, context: RouteContext) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "signin/email") {
    const form = await req.clone().formData();
    const parsed = signInRequest.safeParse({ email: String(form.get("email") ?? "") });
    const signInUrl = new URL("/sign-in/error", readAdminEnv().adminUrl);
    if (!parsed.success) {
      signInUrl.searchParams.set("error", "EmailInvalid");
      return Response.json({ url: signInUrl.toString() }, { status: 400 });
    }
    const db = getDb();
    if (
      !(await takeRateLimit(db, SIGN_IN_PER_CLIENT, clientAddress(req.headers))) ||
      !(await takeRateLimit(db, SIGN_IN_PER_EMAIL, parsed.data.email.toLowerCase()))
    ) {
      signInUrl.searchParams.set("error", "RateLimited");
      return Response.json({ url: signInUrl.toString() }, { status: 429 });
    }
  }
  return handler(req, context);
}
