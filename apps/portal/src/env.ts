import { z } from "zod";

const portalEnv = z.object({
  ADMIN_URL: z
    .url("must be the admin's public URL, like https://admin.freecity.example")
    .default("http://localhost:3001"),
});

/** The portal's settings. The only place the portal reads process.env. */
export function readPortalEnv(env: Record<string, string | undefined> = process.env): { adminUrl: string } {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = portalEnv.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")} ${i.message}`);
    throw new Error(`The portal's settings are not right:\n${lines.join("\n")}`);
  }
  return { adminUrl: parsed.data.ADMIN_URL.replace(/\/$/, "") };
}
