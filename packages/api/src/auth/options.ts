import type { Database } from "@free-city/db";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import type { Provider } from "next-auth/providers/index";
import type { SessionUser } from "../context.ts";
import { type Mailer, signInEmail } from "../email/index.ts";
import type { AdminEnv } from "../env.ts";
import { prismaAuthAdapter } from "./adapter.ts";

/** Sessions last 8 hours of inactivity, refreshed at most hourly: a shared office PC forgets you. */
const SESSION_MAX_AGE = 8 * 60 * 60;

declare module "next-auth" {
  interface Session {
    user: SessionUser;
  }
}

/** next-auth for the admin: magic-link email sign-in, database sessions, our own pages. */
/** The id of the staff single sign-on provider in next-auth (its callback is /api/auth/callback/council). */
export const STAFF_SSO_PROVIDER = "council";

export function createAuthOptions(input: { db: Database; env: AdminEnv; mailer: Mailer }): NextAuthOptions {
  const { db, env, mailer } = input;
  // Staff single sign-on: any OpenID Connect provider, found through its discovery document. The
  // council's provider vouches for the email, so it may sign in the staff account with that
  // email (linking by email is safe here, and only staff accounts are let in: see signIn).
  const staffSso: Provider[] = env.oidc
    ? [
        {
          id: STAFF_SSO_PROVIDER,
          name: env.oidc.name,
          type: "oauth",
          wellKnown: `${env.oidc.issuer}/.well-known/openid-configuration`,
          clientId: env.oidc.clientId,
          clientSecret: env.oidc.clientSecret,
          authorization: { params: { scope: "openid email profile" } },
          idToken: true,
          checks: ["pkce", "state"],
          allowDangerousEmailAccountLinking: true,
          profile: (profile: { sub: string; email?: string; name?: string }) => ({
            id: profile.sub,
            email: profile.email?.toLowerCase() ?? null,
            name: profile.name ?? null,
            image: null,
          }),
        },
      ]
    : [];
  return {
    secret: env.secret,
    adapter: prismaAuthAdapter(db),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE, updateAge: 60 * 60 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    providers: [
      ...staffSso,
      EmailProvider({
        from: env.emailFrom,
        maxAge: 24 * 60 * 60,
        // next-auth requires a server value even though we send through our own mailer.
        server: env.emailServer ?? "smtp://outbox.invalid",
        async sendVerificationRequest({ identifier, url }) {
          await mailer.send({ to: identifier, ...signInEmail({ url, host: new URL(env.adminUrl).host }) });
        },
      }),
    ],
    callbacks: {
      async signIn({ user, account }) {
        // Staff accounts an admin has switched off cannot sign in.
        if (!user.email) return false;
        const existing = await db.user.findUnique({
          where: { email: user.email.toLowerCase() },
          select: { deactivatedAt: true, staffRole: true },
        });
        // Single sign-on is for council staff only: an account an administrator made (or ADMIN_EMAILS).
        if (account?.provider === STAFF_SSO_PROVIDER && (!existing?.staffRole || existing.deactivatedAt))
          return "/sign-in/error?error=NotStaff";
        return !existing?.deactivatedAt;
      },
      async session({ session, user }) {
        const full = await db.user.findUnique({
          where: { id: user.id },
          select: { id: true, email: true, name: true, staffRole: true },
        });
        return {
          ...session,
          user: full ?? { id: user.id, email: user.email ?? "", name: user.name ?? null, staffRole: null },
        };
      },
    },
  };
}
