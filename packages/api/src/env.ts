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

/** localhost, 127.x and ::1: the machine itself, where plain http is fine. */
export function isLocalUrl(value: string): boolean {
  try {
    const host = new URL(value).hostname;
    return host === "localhost" || host.endsWith(".localhost") || /^127\./.test(host) || host === "[::1]";
  } catch {
    return false;
  }
}

/**
 * The two ways the product runs. `demo`: the embedded database with demo data, demo accounts and
 * the outbox page (emails shown instead of sent). `production`: a real PostgreSQL (DATABASE_URL)
 * and real email; no outbox, no demo accounts unless FREE_CITY_DEMO_DATA=1.
 */
export type Mode = "demo" | "production";

/**
 * The mode: FREE_CITY_MODE when set, otherwise production whenever DATABASE_URL is set. The start
 * command works it out once and hands it to both apps, so the apps never guess. The demo shows
 * every sign-in link on /outbox, so it is for trying Free City on one's own machine: its public
 * addresses must be localhost. So a demo can never be what an internet-facing deployment runs,
 * even with FREE_CITY_MODE=demo on a DATABASE_URL server (as the browser tests do).
 */
export function readMode(env: Record<string, string | undefined> = process.env): Mode {
  const raw = env.FREE_CITY_MODE?.trim();
  if (raw && raw !== "demo" && raw !== "production")
    throw new ConfigError(`FREE_CITY_MODE must be "demo" or "production" (got "${raw}"), or unset.`);
  const mode: Mode = raw === "demo" || raw === "production" ? raw : env.DATABASE_URL?.trim() ? "production" : "demo";
  if (mode === "demo") {
    const remote = (["NEXTAUTH_URL", "ADMIN_URL", "PORTAL_URL"] as const).filter(
      (name) => env[name] && !isLocalUrl(env[name] as string),
    );
    if (remote.length > 0)
      throw new ConfigError(
        `The demo shows every sign-in link on /outbox, so it only runs on this machine's own addresses: ${remote.join(", ")} ${remote.length === 1 ? "is" : "are"} not localhost. For a real deployment set DATABASE_URL (production mode).`,
      );
  }
  return mode;
}

/** A public address: https, unless it is this machine (then http is fine, for trying it out). */
const publicUrl = (example: string) =>
  z
    .url(`must be a URL, like ${example}`)
    .refine(
      (value) => value.startsWith("https://") || isLocalUrl(value),
      `must start with https:// (like ${example}), unless it is localhost`,
    );

const proxyHops = z.coerce
  .number({ error: "must be a whole number of proxies, like 1" })
  .int("must be a whole number of proxies, like 1")
  .min(0, "must be 0 or more")
  .max(10, "must be at most 10")
  .default(0);

const domainList = z
  .string()
  .trim()
  .transform((value) =>
    value
      .split(",")
      .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
      .filter(Boolean),
  )
  .refine(
    (domains) => domains.every((d) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d)),
    "must be domain names separated by commas, like birmingham.gov.uk,bcc.example",
  );

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
  OIDC_ALLOWED_DOMAINS: domainList.optional(),
  TRUSTED_PROXY_HOPS: proxyHops,
});

/** What production adds: real email, and public addresses over https. */
const productionEnv = z.object({
  EMAIL_SERVER: smtpUrl,
  EMAIL_FROM: z.string().trim().min(3, "must be the sender, like Free City <no-reply@freecity.example>"),
  NEXTAUTH_URL: publicUrl("https://admin.freecity.example").optional(),
  ADMIN_URL: publicUrl("https://admin.freecity.example").optional(),
  PORTAL_URL: publicUrl("https://freecity.example").optional(),
});

export type AdminEnv = {
  mode: Mode;
  secret: string;
  adminUrl: string;
  portalUrl: string;
  emailServer: string | undefined;
  emailFrom: string;
  /** No EMAIL_SERVER: emails go to the outbox page and the log instead of being sent. */
  demoOutbox: boolean;
  /** Staff single sign-on, when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set. */
  oidc: {
    issuer: string;
    clientId: string;
    clientSecret: string;
    name: string;
    /** OIDC_ALLOWED_DOMAINS: only addresses at these domains may sign in this way (empty = any). */
    allowedDomains: string[];
  } | null;
  /** How many proxies in front of the app append to X-Forwarded-For (see client-address.ts). */
  trustedProxyHops: number;
};

/** How to fill a setting that is missing, where a hint helps. */
const MISSING_HINTS: Record<string, string> = {
  NEXTAUTH_SECRET: " (generate one with: openssl rand -base64 32)",
  EMAIL_SERVER: " (the council's SMTP server, like smtp://user:pass@smtp.example.org:587)",
  EMAIL_FROM: " (the sender, like Free City <no-reply@freecity.example>)",
};

function settingsError(issues: z.core.$ZodIssue[]): ConfigError {
  const seen = new Set<string>();
  const lines = issues
    .map((i) => {
      const name = i.path.join(".");
      return `  ${name} ${i.code === "invalid_type" ? `is not set${MISSING_HINTS[name] ?? ""}` : i.message}`;
    })
    .filter((line) => !seen.has(line) && Boolean(seen.add(line)));
  return new ConfigError(`The admin app's settings are not right:\n${lines.join("\n")}`);
}

/** Reads the admin's settings; a ConfigError names every variable that is wrong. */
export function readAdminEnv(env: Record<string, string | undefined> = process.env): AdminEnv {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const mode = readMode(env);
  const parsed = adminEnv.safeParse(cleaned);
  // A real deployment sends real email (never the outbox, which shows sign-in links to anyone)
  // and is reached over https. Every wrong setting is named at once, production's included, so a
  // missing secret never hides a missing EMAIL_SERVER.
  const production = mode === "production" ? productionEnv.safeParse(cleaned) : undefined;
  const issues = [...(parsed.error?.issues ?? []), ...(production?.error?.issues ?? [])];
  if (issues.length > 0 || !parsed.success) {
    const error = settingsError(issues);
    if (mode !== "production") throw error;
    throw new ConfigError(
      `${error.message}\n  (With DATABASE_URL set Free City runs in production mode: see "Security" in the README.)`,
    );
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
    mode,
    emailFrom: e.EMAIL_FROM,
    demoOutbox: mode === "demo" && !e.EMAIL_SERVER,
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            issuer: e.OIDC_ISSUER.replace(/\/$/, ""),
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            name: e.OIDC_NAME,
            allowedDomains: e.OIDC_ALLOWED_DOMAINS ?? [],
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

/**
 * What both apps need to key rate limits and set headers, read without the admin's secrets being
 * required (the portal has no sign-in). `keySecret` keys the hash of client addresses, so the same
 * client gets the same key in every instance and the stored key cannot be reversed without it.
 */
export function readHttpEnv(env: Record<string, string | undefined> = process.env): {
  trustedProxyHops: number;
  keySecret: string | undefined;
  adminHttps: boolean;
  portalHttps: boolean;
  development: boolean;
} {
  const hops = proxyHops.safeParse(env.TRUSTED_PROXY_HOPS?.trim() || undefined);
  if (!hops.success)
    throw new ConfigError(
      `TRUSTED_PROXY_HOPS ${hops.error.issues[0]?.message ?? "is not right"} (got "${env.TRUSTED_PROXY_HOPS}").`,
    );
  const admin = env.ADMIN_URL || env.NEXTAUTH_URL || "";
  return {
    trustedProxyHops: hops.data,
    keySecret: env.NEXTAUTH_SECRET || undefined,
    adminHttps: admin.startsWith("https://"),
    portalHttps: (env.PORTAL_URL ?? "").startsWith("https://"),
    development: env.NODE_ENV === "development",
  };
}

/** FREE_CITY_DEMO_DATA: in production, demo data and accounts only when it is exactly "1". */
export function wantsDemoData(mode: Mode, env: Record<string, string | undefined> = process.env): boolean {
  return mode === "demo" ? env.FREE_CITY_DEMO_DATA !== "0" : env.FREE_CITY_DEMO_DATA === "1";
}
