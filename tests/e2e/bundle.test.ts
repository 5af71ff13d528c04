/**
 * `pnpm bundle`, then the bundle started from its own folder (outside the checkout) with only
 * Node and a DATABASE_URL, the way the README's Deployment section and the Dockerfile run it:
 * not ready before the deploy step, ready after `node db.mjs migrate`, pages served, JSON log
 * lines without addresses, and SIGTERM ends it cleanly.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { type EmbeddedServer, startEmbeddedServer } from "@free-city/db/tasks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSmtpServer, type TestSmtpServer } from "../../packages/api/src/test/smtp-server.ts";
import { sparePorts } from "./harness.ts";
import { Jar, requestSignInLink, signInLinkIn } from "./http-sign-in.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ports = await sparePorts("portal", "admin", "db", "adminB", "adminC", "portalB", "smtp");
const portalUrl = `http://localhost:${ports.portal}`;
const adminUrl = `http://localhost:${ports.admin}`;

describe("the bundle runs with only Node and DATABASE_URL", () => {
  const work = mkdtempSync(path.join(os.tmpdir(), "fc-bundle-"));
  const bundle = path.join(work, "free-city");
  let server: EmbeddedServer | undefined;
  let smtp: TestSmtpServer | undefined;
  let databaseUrl = "";
  const processes: { child: ChildProcess; output: () => string }[] = [];
  /** The portal the SIGTERM test ends: the one serving since "serves both apps". */
  let servingPortal: { child: ChildProcess; output: () => string } | undefined;

  /** The environment a deployment gives it: no checkout's variables, no pnpm, no tsx. */
  const env = (): NodeJS.ProcessEnv => ({
    NODE_ENV: "production",
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: work,
    DATABASE_URL: databaseUrl,
    PORTAL_URL: portalUrl,
    ADMIN_URL: adminUrl,
    NEXTAUTH_URL: adminUrl,
    NEXTAUTH_SECRET: "bundle-test-secret-0123456789abcdefghijklmnop",
    EMAIL_SERVER: smtp?.url() ?? "smtp://127.0.0.1:1",
    EMAIL_FROM: "Free City <noreply@example.org>",
    NEXT_TELEMETRY_DISABLED: "1",
  });

  function node(args: string[]) {
    return spawnSync(process.execPath, args, { cwd: bundle, env: env(), encoding: "utf8", timeout: 120_000 });
  }

  function serve(app: "portal" | "admin", port: number) {
    let output = "";
    const child = spawn(
      process.execPath,
      ["serve.mjs", "--app", app, "--port", String(port), "--hostname", "127.0.0.1"],
      {
        cwd: bundle,
        env: env(),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    const entry = { child, output: () => output };
    processes.push(entry);
    return entry;
  }

  async function waitFor(url: string) {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      try {
        await fetch(url);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    throw new Error(`${url} never answered`);
  }

  beforeAll(async () => {
    const built = spawnSync("pnpm", ["bundle", "--out", bundle], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
    if (built.status !== 0) throw new Error(`pnpm bundle failed:\n${built.stdout}\n${built.stderr}`);
    // A real PostgreSQL of its own (the embedded server, PostgreSQL 18), so the test can stop it.
    server = await startEmbeddedServer({ port: ports.db, dataDir: path.join(work, "postgres") });
    databaseUrl = server.url;
    smtp = await startTestSmtpServer(ports.smtp);
  });

  afterAll(async () => {
    for (const { child } of processes) if (child.exitCode === null) child.kill("SIGKILL");
    await server?.stop();
    await smtp?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it("is not ready before the deploy step, and says why", async () => {
    const portal = serve("portal", ports.portal);
    await waitFor(`${portalUrl}/api/health`);
    const health = await fetch(`${portalUrl}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", app: "portal" });
    const ready = await fetch(`${portalUrl}/api/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "not_ready", reason: "migrations_pending" });
    portal.child.kill("SIGTERM");
    await new Promise((r) => portal.child.once("exit", r));
  });

  it("migrates and seeds with the bundle's own commands", () => {
    const migrate = node(["db.mjs", "migrate"]);
    expect(migrate.status, migrate.stderr + migrate.stdout).toBe(0);
    expect(migrate.stdout).toMatch(/Applied \d+ migrations?/);
    const seed = node(["db.mjs", "seed", "--no-demo"]);
    expect(seed.status, seed.stderr + seed.stdout).toBe(0);
  });

  it("serves both apps: ready, pages, one JSON log line per request without addresses", async () => {
    const portal = serve("portal", ports.portal);
    servingPortal = portal;
    const admin = serve("admin", ports.admin);
    await Promise.all([waitFor(`${portalUrl}/api/health`), waitFor(`${adminUrl}/api/health`)]);
    for (const url of [portalUrl, adminUrl]) {
      const ready = await fetch(`${url}/api/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: "ready" });
    }
    const home = await fetch(`${portalUrl}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Birmingham");
    const search = await fetch(`${portalUrl}/search?q=art&lat=52.4796&lng=-1.9026`);
    expect(search.status).toBe(200);
    const requestId = search.headers.get("x-request-id");
    expect(requestId).toBeTruthy();
    expect((await fetch(`${adminUrl}/sign-in`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    const lines = portal
      .output()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.find((line) => line.req_id === requestId)).toMatchObject({
      app: "portal",
      method: "GET",
      route: "/search",
      status: 200,
    });
    expect(portal.output()).not.toContain("52.4796");
    expect(portal.output()).not.toContain("127.0.0.1");
    expect(admin.output()).toContain('"route":"/sign-in"');
  });

  it("the worker starts from the bundle, logs JSON, and stops cleanly on SIGTERM", async () => {
    let output = "";
    const worker = spawn(process.execPath, ["worker.mjs"], {
      cwd: bundle,
      env: env(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    worker.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    worker.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + 30_000;
    while (!output.includes("looking for jobs") && worker.exitCode === null && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    expect(output).toContain("looking for jobs");
    const exited = new Promise<number | null>((r) => worker.once("exit", (code) => r(code)));
    worker.kill("SIGTERM");
    expect(await exited).toBe(0);
    for (const line of output.trim().split("\n")) expect(JSON.parse(line)).toMatchObject({ app: "worker" });
  });

  it("several instances on one database: one sign-in allowance, and a session that works on each", async () => {
    // Behind a load balancer every admin instance has the one public address (ADMIN_URL); here
    // two more instances run beside the first on their own ports, sharing its database and secret.
    const instanceB = `http://localhost:${ports.adminB}`;
    const instanceC = `http://localhost:${ports.adminC}`;
    serve("admin", ports.adminB);
    serve("admin", ports.adminC);
    serve("portal", ports.portalB);
    await Promise.all(
      [instanceB, instanceC, `http://localhost:${ports.portalB}`].map((url) => waitFor(`${url}/api/health`)),
    );
    expect((await fetch(`http://localhost:${ports.portalB}/api/ready`)).status).toBe(200);

    // One address gets one link a minute, whichever instance is asked.
    const jar = new Jar();
    const email = "officer@council.example";
    expect((await requestSignInLink(instanceB, jar, email)).status).toBe(200);
    expect((await requestSignInLink(instanceC, jar, email)).status).toBe(429);
    expect((await requestSignInLink(instanceB, jar, email)).status).toBe(429);
    const deadline = Date.now() + 10_000;
    while (!smtp?.mails.some((m) => m.to.includes(email)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    const mails = smtp?.mails.filter((m) => m.to.includes(email)) ?? [];
    expect(mails).toHaveLength(1);

    // The link (to the public address) followed on instance B; the session it makes works on C too.
    const link = signInLinkIn(mails[0] as (typeof mails)[number], adminUrl);
    expect(link).toBeDefined();
    const callback = await fetch((link ?? "").replace(adminUrl, instanceB), {
      headers: { cookie: jar.header() },
      redirect: "manual",
    });
    expect(callback.status).toBe(302);
    jar.take(callback);
    expect(jar.has("next-auth.session-token")).toBe(true);
    for (const instance of [instanceB, instanceC, adminUrl]) {
      const session = await fetch(`${instance}/api/auth/session`, { headers: { cookie: jar.header() } });
      expect(((await session.json()) as { user?: { email: string } }).user?.email).toBe(email);
    }
  });

  it("database down: a quick, friendly 503 and /api/ready says why; back without a restart", async () => {
    const db = server;
    if (!db) throw new Error("no database");
    expect((await fetch(`${portalUrl}/search?q=art`)).status).toBe(200);
    await db.stop();
    // The first request after the outage may be the one that notices it (its 500 is replaced).
    for (const attempt of [1, 2, 3]) {
      const started = Date.now();
      const page = await fetch(`${portalUrl}/search?q=music&attempt=${attempt}`, { headers: { accept: "text/html" } });
      expect(page.status).toBe(503);
      expect(page.headers.get("retry-after")).toBe("30");
      const html = await page.text();
      expect(html).toContain("Try again in a minute");
      expect(html).not.toMatch(/Error|prisma|at .*\.js/);
      expect(Date.now() - started).toBeLessThan(3_000);
    }
    const ready = await fetch(`${portalUrl}/api/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ reason: "database_unreachable" });
    expect((await fetch(`${portalUrl}/api/health`)).status).toBe(200);
    server = await startEmbeddedServer({ port: ports.db, dataDir: path.join(work, "postgres") });
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      await new Promise((r) => setTimeout(r, 250));
      status = (await fetch(`${portalUrl}/search?q=art`)).status;
    }
    expect(status).toBe(200);
    expect((await fetch(`${portalUrl}/api/ready`)).status).toBe(200);
  });

  it("SIGTERM: finishes what is in flight, closes the pool, exits 0", async () => {
    const portal = servingPortal;
    if (!portal) throw new Error("portal not started");
    // A request in flight: its body arrives in two parts, the second after the SIGTERM.
    const body = JSON.stringify({ offerSlug: "no-such-offer", kind: "save" });
    const response = new Promise<number>((resolve, reject) => {
      const request = http.request(
        `${portalUrl}/api/events`,
        {
          method: "POST",
          agent: false,
          headers: { "content-type": "application/json", "content-length": body.length },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      request.on("error", reject);
      request.write(body.slice(0, 10));
      setTimeout(() => {
        portal.child.kill("SIGTERM");
        setTimeout(() => request.end(body.slice(10)), 300);
      }, 300);
    });
    const exited = new Promise<number | null>((r) => portal.child.once("exit", (code) => r(code)));
    expect(await response).toBeLessThan(500);
    expect(await exited).toBe(0);
    expect(portal.output()).toContain("SIGTERM: not taking new requests; finishing 1 in flight");
  });
});
