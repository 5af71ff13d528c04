import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../paths.ts";

/** Where the embedded PostgreSQL keeps its data by default: `.data/postgres`. */
export function defaultEmbeddedDataDir(): string {
  return path.join(DATA_DIR, "postgres");
}

/**
 * The password of the embedded server's `postgres` user: random, made once and kept beside the
 * data directory (`.data/postgres-password`, readable by this user only), so another account on
 * the machine cannot reach the database just because it listens on 127.0.0.1.
 */
export function embeddedPassword(dataDir: string = defaultEmbeddedDataDir()): string {
  const file = `${dataDir}-password`;
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const password = randomBytes(24).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** The URL of the embedded server on `port` for the data directory `dataDir`. */
export function embeddedUrl(port: number, dataDir: string = defaultEmbeddedDataDir()): string {
  return `postgresql://postgres:${encodeURIComponent(embeddedPassword(dataDir))}@127.0.0.1:${port}/postgres`;
}
