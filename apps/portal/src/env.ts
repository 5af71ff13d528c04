import { z } from "zod";

const portalEnv = z.object({
  PORTAL_URL: z.url("must be the portal's public URL, like https://freecity.example").default("http://localhost:3000"),
  ADMIN_URL: z
    .url("must be the admin's public URL, like https://admin.freecity.example")
    .default("http://localhost:3001"),
});

/** The portal's settings. The only place the portal reads process.env. */
export function readPortalEnv(env: Record<string, string | undefined> = process.env): {
  adminUrl: string;
  portalUrl: string;
} {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = portalEnv.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")} ${i.message}`);
    throw new Error(`The portal's settings are not right:\n${lines.join("\n")}`);
  }
  return { adminUrl: parsed.data.ADMIN_URL.replace(/\/$/, ""), portalUrl: parsed.data.PORTAL_URL.replace(/\/$/, "") };
}

/**
 * Next.js runs instrumentation once per runtime; the page-cache hook belongs to the Node.js one.
 * Written out in full: Next replaces this exact expression when it builds.
 */
export function isNodeRuntime(): boolean {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: set by Next.js in each runtime, never by the environment
  return process.env.NEXT_RUNTIME === "nodejs";
}
