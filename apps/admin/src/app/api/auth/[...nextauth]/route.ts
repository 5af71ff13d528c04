import { readAdminEnv } from "@free-city/api/auth";
import { signInRequest } from "@free-city/schemas";
import NextAuth from "next-auth";
import { authOptions } from "~/server/auth";
import { clientAddress, signInPerClient, signInPerEmail } from "~/server/rate-limits";

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
    if (!signInPerClient.take(clientAddress(req.headers)) || !signInPerEmail.take(parsed.data.email)) {
      signInUrl.searchParams.set("error", "RateLimited");
      return Response.json({ url: signInUrl.toString() }, { status: 429 });
    }
  }
  return handler(req, context);
}
