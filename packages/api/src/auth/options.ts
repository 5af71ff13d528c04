import type { Database } from "@free-city/db";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import type { SessionUser } from "../context.ts";
import { signInEmail, type Mailer } from "../email/index.ts";
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
export function createAuthOptions(input: { db: Database; env: AdminEnv; mailer: Mailer }): NextAuthOptions {
  const { db, env, mailer } = input;
  return {
    secret: env.secret,
    adapter: prismaAuthAdapter(db),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE, updateAge: 60 * 60 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    providers: [
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
      async signIn({ user }) {
        // Staff accounts an admin has switched off cannot sign in.
        if (!user.email) return false;
        const existing = await db.user.findUnique({ where: { email: user.email.toLowerCase() }, select: { deactivatedAt: true } });
        return !existing?.deactivatedAt;
      },
      async session({ session, user }) {
        const full = await db.user.findUnique({ where: { id: user.id }, select: { id: true, email: true, name: true, staffRole: true } });
        return { ...session, user: full ?? { id: user.id, email: user.email ?? "", name: user.name ?? null, staffRole: null } };
      },
    },
  };
}
