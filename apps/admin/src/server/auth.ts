import "server-only";
import { type Context, createContext, type SessionUser } from "@free-city/api";
import { createAuthOptions, readAdminEnv } from "@free-city/api/auth";
import { createMailer, type Mailer } from "@free-city/api/email";
import { clientKey } from "@free-city/api/http";
import { getDb } from "@free-city/db";
import { headers } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";

let options: NextAuthOptions | undefined;
let mailer: Mailer | undefined;

/** The one mailer: SMTP through EMAIL_SERVER, or the demo outbox. */
export function getMailer(): Mailer {
  if (!mailer) {
    const env = readAdminEnv();
    mailer = createMailer({ db: getDb(), emailServer: env.emailServer, emailFrom: env.emailFrom });
  }
  return mailer;
}

/** next-auth's options, built on first use from validated settings (a ConfigError names bad ones). */
export function authOptions(): NextAuthOptions {
  options ??= createAuthOptions({ db: getDb(), env: readAdminEnv(), mailer: getMailer() });
  return options;
}

/**
 * The tRPC context of a request: the signed-in user, the client key the youth-voice limits use
 * (per client, like the portal's forms; see TRUSTED_PROXY_HOPS), and the links back to both
 * apps for the emails it queues.
 */
export async function requestContext(request?: Request): Promise<Context> {
  const env = readAdminEnv();
  const requestHeaders = request?.headers ?? (await headers());
  return createContext({
    db: getDb(),
    user: await getSessionUser(),
    clientKey: clientKey(requestHeaders, { trustedProxyHops: env.trustedProxyHops, keySecret: env.secret }),
    links: { adminUrl: env.adminUrl, portalUrl: env.portalUrl },
  });
}

/** The signed-in user, or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  return session?.user ?? null;
}

/** Demo mode: no EMAIL_SERVER, so emails go to the outbox page. */
export function isDemoOutbox(): boolean {
  return readAdminEnv().demoOutbox;
}
