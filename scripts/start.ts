// Starts the whole product (after scripts/quick.mjs has installed and built it):
// database → migrations → seed → portal and admin, then prints where everything is.
// Stops everything cleanly on Ctrl+C (the embedded database keeps its data).
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { ConfigError, readAdminEnv, readMode, wantsDemoData } from "@free-city/api/auth";
import { createMailer } from "@free-city/api/email";
import {
  bootstrapAdmins,
  graphileLogger,
  logJobEvents,
  readAdminEmails,
  readFreshnessEnv,
  startWorker,
} from "@free-city/api/jobs";
import { createPrismaClient, DatabaseError, describeUrl } from "@free-city/db";
import {
  applyMigrations,
  assertPortFree,
  connectForTask,
  demoPhotoOptions,
  type EmbeddedServer,
  REPO_ROOT,
  runSeed,
  startEmbeddedServer,
} from "@free-city/db/tasks";
import { createLogger, readLogSettings } from "@free-city/log";
import { demoSecret } from "./demo-secret.ts";

const portalPort = Number(process.env.PORTAL_PORT ?? 3000);
const adminPort = Number(process.env.ADMIN_PORT ?? 3001);
const embedded = !process.env.DATABASE_URL;

const children: ChildProcess[] = [];
let database: EmbeddedServer | undefined;
let worker: { stop(): Promise<void> } | undefined;
let stopping = false;

const log = (line: string) => console.log(line);

async function main() {
  const t0 = Date.now();
  await assertPortFree(portalPort, "the portal");
  await assertPortFree(adminPort, "the admin");

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${adminPort}`,
    PORTAL_URL: process.env.PORTAL_URL ?? `http://localhost:${portalPort}`,
    ADMIN_URL: process.env.ADMIN_URL ?? `http://localhost:${adminPort}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? (embedded ? demoSecret() : undefined),
  };
  // Demo or production, decided once here and handed to both apps (see readMode and "Security" in the README).
  const mode = readMode(env);
  env.FREE_CITY_MODE = mode;
  const demoData = wantsDemoData(mode, env);
  log(
    mode === "demo"
      ? `\n▸ Mode: ${embedded ? "embedded demo" : "demo on DATABASE_URL (FREE_CITY_MODE=demo, this machine only)"} (demo data and accounts; emails go to the outbox page unless EMAIL_SERVER is set)`
      : "\n▸ Mode: production (real email; no outbox; no demo accounts)",
  );
  if (mode === "production" && demoData)
    log("  ⚠ FREE_CITY_DEMO_DATA=1: seeding the demo data and demo accounts into this production database.");
  // Checks every admin setting now, so a bad one is a clear message, not a failing page later. With
  // DATABASE_URL set (a real deployment) that names every missing one at once: NEXTAUTH_SECRET,
  // EMAIL_SERVER, EMAIL_FROM.
  readAdminEnv(env);
  readAdminEmails(env);

  log("\n▸ Starting the database");
  if (embedded) {
    database = await startEmbeddedServer({ log: (l) => log(`  ${l}`) });
    env.DATABASE_URL = database.url;
    process.env.DATABASE_URL = database.url;
  } else {
    log(`  Using DATABASE_URL (${describeUrl(process.env.DATABASE_URL ?? "")})`);
  }

  log("\n▸ Migrating and seeding (only what is missing)");
  const connection = await connectForTask();
  try {
    await applyMigrations(connection.adapterFactory, { log: (l) => log(`  ${l}`) });
    await runSeed(connection.db, { demo: demoData, photos: demoData ? demoPhotoOptions() : undefined });
    const admins = readAdminEmails();
    if (admins.length > 0)
      log(`  administrators from ADMIN_EMAILS: ${(await bootstrapAdmins(connection.db, admins)) || "up to date"}`);
  } finally {
    await connection.close();
  }

  log("\n▸ Starting the portal and the admin");
  startApp("portal", portalPort, env);
  startApp("admin", adminPort, env);
  await Promise.all([
    waitForHttp(`http://127.0.0.1:${portalPort}/`),
    waitForHttp(`http://127.0.0.1:${adminPort}/sign-in`),
  ]);
  await runWorker(env, env.DATABASE_URL ?? "");

  const prepared = Number(process.env.FREE_CITY_PREPARED_IN_MS ?? 0);
  const seconds = ((prepared + Date.now() - t0) / 1000).toFixed(0);
  const outbox =
    mode === "demo" && !env.EMAIL_SERVER ? `\n  Sign-in links (demo, no email is sent): ${env.ADMIN_URL}/outbox` : "";
  const accounts = demoData
    ? `
  Demo accounts (sign in with the email, no password):
    partner@example.org     owner of Digbeth Makers Collective
    partner2@example.org    owner of Perry Barr Sports Trust
    moderator@example.org   council moderator
    admin@example.org       council administrator
`
    : "";
  log(`
────────────────────────────────────────────────────────────
  Free City is running (ready in ${seconds} s)

  Portal (young people):    ${env.PORTAL_URL}
  Admin (partners, staff):  ${env.ADMIN_URL}${outbox}
  Mode:                     ${mode === "demo" ? "demo (this machine only)" : "production"}
${accounts}
  Database: ${database ? `embedded PostgreSQL on ${describeUrl(database.url)}, data in ${path.relative(REPO_ROOT, database.dataDir) || database.dataDir}/` : describeUrl(env.DATABASE_URL ?? "")}
  Press Ctrl+C to stop.
────────────────────────────────────────────────────────────`);
}

/**
 * The background worker, in this process (production runs `pnpm worker` as its own process):
 * it sends the queued emails (to the demo outbox when EMAIL_SERVER is unset) with retries, and
 * runs the schedule: freshness and the coverage snapshot every 6 hours, retention every 10
 * minutes. Scheduled jobs run once per time even if other workers run on the same database.
 */
async function runWorker(env: NodeJS.ProcessEnv, url: string) {
  const settings = readAdminEnv(env);
  const format = readLogSettings(env).format;
  // The same scrubbed log as `pnpm worker`: readable lines in the demo, JSON in production.
  const logger = createLogger({
    app: "worker",
    format,
    sink: { write: (text: string) => process.stdout.write(format === "pretty" ? `[worker] ${text}` : text) },
  });
  const db = createPrismaClient(url, { max: 2 });
  const runner = await startWorker({
    connectionString: url,
    db,
    mailer: createMailer({
      db,
      emailServer: settings.emailServer,
      emailFrom: settings.emailFrom,
      log: (line) => logger.info(line),
    }),
    links: { adminUrl: settings.adminUrl, portalUrl: settings.portalUrl },
    freshness: readFreshnessEnv(env),
    log: (line) => logger.info(line),
    logger: graphileLogger(logger),
  });
  logJobEvents(runner, logger);
  worker = {
    async stop() {
      await runner.stop();
      await db.$disconnect();
    },
  };
}

function startApp(name: "portal" | "admin", port: number, env: NodeJS.ProcessEnv) {
  const appDir = path.join(REPO_ROOT, "apps", name);
  // scripts/serve.ts: Next's request handler in a small server that logs each request, answers
  // a friendly 503 while the database is down and drains on SIGTERM (the bundle runs the same).
  const child = spawn(
    process.execPath,
    [
      "--import",
      import.meta.resolve("tsx/esm"),
      path.join(REPO_ROOT, "scripts/serve.ts"),
      "--app",
      name,
      "--port",
      String(port),
      "--hostname",
      "0.0.0.0",
    ],
    { cwd: appDir, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  const prefix = `[${name}]`.padEnd(9);
  const forward = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
    let buffer = "";
    stream.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) out.write(`${prefix}${line}\n`);
    });
  };
  // stdio is "pipe" for both (see spawn above), so the streams exist.
  if (child.stdout) forward(child.stdout, process.stdout);
  if (child.stderr) forward(child.stderr, process.stderr);
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`\n✖ The ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}). Stopping everything.`);
      void shutdown(1);
    }
  });
  children.push(child);
}

async function waitForHttp(url: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`);
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await worker?.stop().catch(() => {});
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : undefined)));
  if (database) {
    await database.stop();
    log("Embedded PostgreSQL stopped; data kept.");
  }
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

main().catch(async (error: unknown) => {
  const known = error instanceof DatabaseError || error instanceof ConfigError;
  console.error(
    `\n✖ ${known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  await shutdown(1);
});
