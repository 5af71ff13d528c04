import type { Database } from "@free-city/db";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import type { Provider } from "next-auth/providers/index";
import type { SessionUser } from "../context.ts";
import { getCityContacts } from "../domain/city/get-city-contacts.ts";
import { type Mailer, signInEmail } from "../email/index.ts";
import { withCouncilContact } from "../email/with-council-contact.ts";
import type { AdminEnv } from "../env.ts";
import { prismaAuthAdapter } from "./adapter.ts";
import { SIGN_IN_LIMITS } from "./sign-in-gate.ts";

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
  // first sign-in links the staff account with the provider's verified email; later ones match the
  // provider's subject only (see staffSsoSignIn).
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
        // An hour: as long as the per-address window of the sign-in limits (sign-in-gate.ts), so the
        // owner of an inbox whose allowance someone else used up still holds a working link.
        maxAge: SIGN_IN_LIMITS.linkMaxAgeSeconds,
        // next-auth requires a server value even though we send through our own mailer.
        server: env.emailServer ?? "smtp://outbox.invalid",
        // Sent at once (the person is waiting), not queued, so it adds the council contact itself.
        async sendVerificationRequest({ identifier, url }) {
          const email = { to: identifier, ...signInEmail({ url, host: new URL(env.adminUrl).host }) };
          await mailer.send(withCouncilContact(email, await getCityContacts(db)));
        },
      }),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider === STAFF_SSO_PROVIDER)
          return staffSsoSignIn(db, env, account.providerAccountId, profile);
        // Staff accounts an admin has switched off cannot sign in.
        if (!user.email) return false;
        const existing = await db.user.findUnique({
          where: { email: user.email.toLowerCase() },
          select: { deactivatedAt: true },
        });
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

/**
 * Staff single sign-on decides who someone is by the provider's subject (`sub`), never the email
 * claim alone. The first sign-in links the staff account with the same, verified, email address
 * (and an allowed domain) to that subject (next-auth's Account row keeps it as providerAccountId);
 * every later sign-in finds the account by the subject, so a renamed or reassigned address at the
 * provider can't open someone else's account. Only active staff accounts are let in.
 */
export async function staffSsoSignIn(
  db: Database,
  env: AdminEnv,
  subject: string,
  profile: { email?: string | null; email_verified?: unknown } | undefined,
): Promise<true | string> {
  const refuse = (error: string) => `/sign-in/error?error=${error}`;
  const email = typeof profile?.email === "string" ? profile.email.toLowerCase() : "";
  // The provider must say it checked the address (OpenID Connect's email_verified claim).
  if (!email || (profile?.email_verified !== true && profile?.email_verified !== "true"))
    return refuse("EmailNotVerified");
  const allowed = env.oidc?.allowedDomains ?? [];
  if (allowed.length > 0 && !allowed.includes(email.slice(email.lastIndexOf("@") + 1)))
    return refuse("DomainNotAllowed");
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: STAFF_SSO_PROVIDER, providerAccountId: subject } },
    select: { user: { select: { staffRole: true, deactivatedAt: true } } },
  });
  if (linked) return linked.user.staffRole && !linked.user.deactivatedAt ? true : refuse("NotStaff");
  const byEmail = await db.user.findUnique({
    where: { email },
    select: {
      staffRole: true,
      deactivatedAt: true,
      accounts: { where: { provider: STAFF_SSO_PROVIDER }, select: { id: true } },
    },
  });
  // Single sign-on is for council staff only: an account an administrator made (or ADMIN_EMAILS).
  if (!byEmail?.staffRole || byEmail.deactivatedAt) return refuse("NotStaff");
  // Already linked to another subject: the same address now belongs to someone else at the provider.
  if (byEmail.accounts.length > 0) return refuse("AccountMismatch");
  return true;
}
