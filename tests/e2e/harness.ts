/**
 * Starts the whole product exactly as the README's start command does (`node scripts/quick.mjs
 * start`), on its own ports and a throwaway data directory, and drives it with Debian's
 * Chromium through playwright-core. Nothing is mocked.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type Product = {
  portalUrl: string;
  adminUrl: string;
  dataDir: string;
  /** The embedded database's URL, with the password the start made beside its data folder. */
  databaseUrl(): string;
  output: () => string;
  stop(): Promise<void>;
};

/**
 * Free ports for one product (portal, admin, database, and any helper servers a test runs), so
 * test runs in other checkouts on the same machine never collide. All are held open until every
 * one is chosen, so no two are the same.
 */
export async function sparePorts<K extends string>(...names: K[]): Promise<Record<K, number>> {
  const servers = await Promise.all(
    names.map(
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const server = net.createServer();
          server.once("error", reject);
          server.listen(0, () => resolve(server));
        }),
    ),
  );
  const ports = Object.fromEntries(names.map((name, i) => [name, (servers[i]!.address() as net.AddressInfo).port]));
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports as Record<K, number>;
}

export function newDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "fc-e2e-data-"));
}

export async function startProduct(options: {
  ports: { portal: number; admin: number; db: number };
  dataDir?: string;
  env?: Record<string, string>;
}): Promise<Product> {
  const dataDir = options.dataDir ?? newDataDir();
  const env = {
    ...process.env,
    PORTAL_PORT: String(options.ports.portal),
    ADMIN_PORT: String(options.ports.admin),
    FREE_CITY_DB_PORT: String(options.ports.db),
    FREE_CITY_DATA_DIR: dataDir,
    DATABASE_URL: "",
    // The journeys read sign-in links from the demo outbox. FREE_CITY_MODE=demo says so explicitly,
    // so it holds on a DATABASE_URL server too (allowed only on localhost addresses: see readMode).
    FREE_CITY_MODE: "demo",
    ...options.env,
  };
  delete (env as Record<string, string | undefined>).TEST_DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "scripts/quick.mjs"), "start"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The product did not start in 8 minutes:\n${output.slice(-4000)}`)),
      8 * 60_000,
    );
    const check = () => {
      if (output.includes("Free City is running")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The start command exited (${code}) before the product was ready:\n${output.slice(-4000)}`));
    });
  });
  return {
    portalUrl: `http://localhost:${options.ports.portal}`,
    adminUrl: `http://localhost:${options.ports.admin}`,
    dataDir,
    databaseUrl() {
      const password = readFileSync(path.join(dataDir, "postgres-password"), "utf8").trim();
      return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.ports.db}/postgres`;
    },
    output: () => output,
    async stop() {
      // The start command's first process (quick.mjs) ends at once on the signal, while the
      // supervisor under it still stops the apps and the embedded PostgreSQL: a second start
      // straight after found the database's port still taken. So wait for the whole process
      // group (the product was started as its leader), then kill what is left of it.
      const group = child.pid!;
      if (liveInGroup(group) === 0) return;
      process.kill(-group, "SIGTERM");
      const deadline = Date.now() + 30_000;
      while (liveInGroup(group) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (liveInGroup(group) > 0) process.kill(-group, "SIGKILL");
    },
  };
}

/**
 * How many processes of a process group are still running (Linux: from /proc; a zombie, which
 * holds no port and waits only for its parent, does not count).
 */
function liveInGroup(group: number): number {
  let live = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid pgrp …: the command may hold spaces and parentheses, so split after the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) === group && state !== "Z") live++;
    } catch {
      // gone while we looked
    }
  }
  return live;
}

/** The demo product and a browser shared by the tests of one file (see `useDemoProduct`). */
export type DemoProduct = {
  product: Product;
  browser: Browser;
  /** An absolute portal address for `path`. */
  portal(path: string): string;
  /** An absolute admin address for `path`. */
  admin(path: string): string;
};

/**
 * Starts the product on the demo data (as `startProduct`, on spare ports) and a browser before the
 * file's tests, and stops both after them (a file's own `afterAll` hooks run before this one).
 */
export function useDemoProduct(options: { env?: Record<string, string> } = {}): DemoProduct {
  const demo = {
    portal: (path: string) => `${demo.product.portalUrl}${path}`,
    admin: (path: string) => `${demo.product.adminUrl}${path}`,
  } as DemoProduct;
  beforeAll(async () => {
    demo.product = await startProduct({ ports: await sparePorts("portal", "admin", "db"), env: options.env });
    demo.browser = await launchBrowser();
  });
  afterAll(async () => {
    await demo.browser?.close();
    await demo.product?.stop();
  });
  return demo;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** WCAG 2.2 AA (and best-practice) checks by axe on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  // Next streams a dynamic page's <title> after the first bytes; let it arrive (axe then still
  // reports a page that never gets one).
  await page.waitForFunction(() => document.title !== "", null, { timeout: 5_000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * The newest email to `to` in the admin's demo outbox: its first link matching `linkPattern`.
 * Emails other than sign-in links are sent by the worker from the job queue, a moment after the
 * action: the outbox is read again until the email is there (up to 15 s).
 */
export async function linkFromOutbox(page: Page, adminUrl: string, to: string, linkPattern: RegExp): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    await page.goto(`${adminUrl}/outbox`);
    // Newest first; other emails (a reminder, say) may have arrived since.
    const hrefs = await page
      .locator(".email", { hasText: `To ${to}` })
      .locator("a")
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const href = hrefs.find((h) => linkPattern.test(h));
    if (href) return href;
    if (Date.now() > deadline) throw new Error(`No link matching ${linkPattern} in the newest email to ${to}`);
    await page.waitForTimeout(300);
  }
}

/** Signs `page` in to the admin as `email`: asks for a magic link and follows it from the demo outbox. */
export async function signIn(page: Page, adminUrl: string, email: string): Promise<void> {
  await page.goto(`${adminUrl}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await page.waitForURL(/\/sign-in\/check-email/);
  await page.goto(await linkFromOutbox(page, adminUrl, email, /\/api\/auth\/callback\/email/));
}

/** A new browser page (its own context) signed in to the admin as `email` (see `signIn`). */
export async function signInToAdmin(
  browser: Browser,
  adminUrl: string,
  email: string,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await signIn(page, adminUrl, email);
  return page;
}
