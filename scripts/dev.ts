// `pnpm dev`: both apps with hot reload (next dev) on the embedded database or DATABASE_URL.
// Start the embedded database first in another terminal: `pnpm db server`.
import { spawn } from "node:child_process";
import { embeddedDatabaseUrl, REPO_ROOT } from "@free-city/db/tasks";
import { demoSecret } from "./demo-secret.ts";

const embedded = !process.env.DATABASE_URL;
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL || embeddedDatabaseUrl(),
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? (embedded ? demoSecret() : undefined),
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
};
const child = spawn(
  "pnpm",
  ["exec", "turbo", "run", "dev", "--filter=@free-city/portal", "--filter=@free-city/admin"],
  { cwd: REPO_ROOT, env, stdio: "inherit" },
);
child.on("exit", (code) => process.exit(code ?? 0));
