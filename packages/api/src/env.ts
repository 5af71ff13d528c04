import { adminEmailsList } from "@free-city/schemas";
import { z } from "zod";

/** A bad or missing setting, named, with what to do. Never a stack trace. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const smtpUrl = z
  .string()
  .trim()
  .refine((v) => /^smtps?:\/\/[^\s]+$/.test(v), "must be an SMTP URL like smtp://user:password@smtp.example.org:587");

const adminEnv = z.object({
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)"),
  NEXTAUTH_URL: z
    .url("must be the admin's public URL, like https://admin.freecity.example")
    .default("http://localhost:3001"),
  PORTAL_URL: z.url("must be the portal's public URL, like https://freecity.example").default("http://localhost:3000"),
  EMAIL_SERVER: smtpUrl.optional(),
  EMAIL_FROM: z.string().trim().min(3).default("Free City <no-reply@free-city.localhost>"),
  // Single sign-on for council staff through any OpenID Connect provider (Entra ID, Google…): all three, or none.
  OIDC_ISSUER: z
    .url("must be the provider's issuer URL, like https://login.microsoftonline.com/<tenant>/v2.0")
    .optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().trim().min(1).optional(),
  OIDC_NAME: z.string().trim().min(2).max(60).default("your council account"),
});

export type AdminEnv = {
  secret: string;
  adminUrl: string;
  portalUrl: string;
  emailServer: string | undefined;
  emailFrom: string;
  /** No EMAIL_SERVER: emails go to the outbox page and the log instead of being sent. */
  demoOutbox: boolean;
  /** Staff single sign-on, when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set. */
  oidc: { issuer: string; clientId: string; clientSecret: string; name: string } | null;
};

/** Reads the admin's settings; a ConfigError names every variable that is wrong. */
export function readAdminEnv(env: Record<string, string | undefined> = process.env): AdminEnv {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = adminEnv.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join(".")} ${i.code === "invalid_type" ? "is not set" : i.message}`,
    );
    throw new ConfigError(`The admin app's settings are not right:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const oidcSet = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidcSet !== 0 && oidcSet !== 3) {
    throw new ConfigError(
      "The admin app's settings are not right:\n  OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET switch on staff single sign-on together: set all three, or none.",
    );
  }
  return {
    secret: e.NEXTAUTH_SECRET,
    adminUrl: e.NEXTAUTH_URL,
    portalUrl: e.PORTAL_URL,
    emailServer: e.EMAIL_SERVER,
    emailFrom: e.EMAIL_FROM,
    demoOutbox: !e.EMAIL_SERVER,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            issuer: e.OIDC_ISSUER.replace(/\/$/, ""),
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            name: e.OIDC_NAME,
          }
        : null,
  };
}

const days = (fallback: number) =>
  z.coerce
    .number({ error: `must be a whole number of days, like ${fallback}` })
    .int(`must be a whole number of days, like ${fallback}`)
    .min(1, "must be at least 1 day")
    .max(3650)
    .default(fallback);

const jobEnv = z.object({
  FRESHNESS_REMIND_DAYS: days(90),
  FRESHNESS_EXPIRE_DAYS: days(30),
});

/** The freshness job's settings: remind owners after N days unconfirmed, hide M days after that. */
export function readFreshnessEnv(env: Record<string, string | undefined> = process.env): {
  remindAfterDays: number;
  expireAfterDays: number;
} {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = jobEnv.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      `The freshness settings are not right:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")} ${i.message}`).join("\n")}`,
    );
  }
  return { remindAfterDays: parsed.data.FRESHNESS_REMIND_DAYS, expireAfterDays: parsed.data.FRESHNESS_EXPIRE_DAYS };
}

/**
 * The worker and `pnpm jobs` sign nothing, but they read the admin's settings (links, email),
 * whose check wants NEXTAUTH_SECRET: a placeholder stands in when it is unset.
 */
export function allowMissingSecretForJobs(env: Record<string, string | undefined> = process.env): void {
  env.NEXTAUTH_SECRET ??= "not-used-by-jobs-but-required-by-the-settings-check";
}

/** WORKER_CONCURRENCY (optional): how many jobs one worker runs at once (default 2). */
export function readWorkerConcurrency(env: Record<string, string | undefined> = process.env): number {
  const raw = env.WORKER_CONCURRENCY?.trim();
  if (!raw) return 2;
  const parsed = z.coerce.number().int().min(1).max(50).safeParse(raw);
  if (!parsed.success) throw new ConfigError(`WORKER_CONCURRENCY must be a whole number from 1 to 50 (got "${raw}").`);
  return parsed.data;
}

/** ADMIN_EMAILS (optional): the first administrators, made at start. A bad address is named. */
export function readAdminEmails(env: Record<string, string | undefined> = process.env): string[] {
  const raw = env.ADMIN_EMAILS?.trim();
  if (!raw) return [];
  const parsed = adminEmailsList.safeParse(raw);
  if (!parsed.success)
    throw new ConfigError(
      `ADMIN_EMAILS must be email addresses separated by commas, like admin@council.gov.uk,ops@council.gov.uk (got "${raw}").`,
    );
  return parsed.data;
}
