import "server-only";
import { createAuthOptions, readAdminEnv } from "@free-city/api/auth";
import { createMailer } from "@free-city/api/email";
import { getDb } from "@free-city/db";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import type { SessionUser } from "@free-city/api";

let options: NextAuthOptions | undefined;

/** next-auth's options, built on first use from validated settings (a ConfigError names bad ones). */
export function authOptions(): NextAuthOptions {
  if (!options) {
    const env = readAdminEnv();
    const db = getDb();
    options = createAuthOptions({ db, env, mailer: createMailer({ db, emailServer: env.emailServer, emailFrom: env.emailFrom }) });
  }
  return options;
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
