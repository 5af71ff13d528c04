import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "@free-city/db/tasks";

/**
 * NEXTAUTH_SECRET for the embedded demo when none is set: random, generated once and kept in
 * .data/ (git-ignored) so sessions survive restarts. Real deployments must set their own.
 */
export function demoSecret(): string {
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
