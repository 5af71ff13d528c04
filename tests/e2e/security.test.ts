import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSmtpServer, type TestSmtpServer } from "../../packages/api/src/test/smtp-server.ts";
import { launchBrowser, type Product, sparePorts, startProduct } from "./harness.ts";

const ports = await sparePorts("portal", "admin", "db", "smtp");
const ROOT = path.resolve(import.meta.dirname, "../..");
const SERVER = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const SECRET = "a-production-secret-that-is-long-enough-0123456789";

/** Every page and route handler of an app, as a URL with sample values for its parameters. */
function routesOf(app: "portal" | "admin"): string[] {
  const appDir = path.join(ROOT, "apps", app, "src/app");
  const found: string[] = [];
  const walk = (dir: string, parts: string[]) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full, [...parts, entry]);
      else if (/^(page|route)\.tsx?$/.test(entry)) found.push(parts.join("/"));
    }
  };
  walk(appDir, []);
  const urls = new Set<string>();
  for (const route of found) {
    const segments = route
      .split("/")
      .filter((s) => s !== "" && !/^\(.*\)$/.test(s))
      .map((s) => (s.startsWith("[...") ? "a/b" : s.startsWith("[") ? "sample" : s));
    if (app === "portal" && route.startsWith("[locale]")) {
      const rest = segments.slice(1).join("/");
      urls.add(`/${rest}`);
      urls.add(`/ur/${rest}`.replace(/\/$/, ""));
    } else urls.add(`/${segments.join("/")}`);
  }
  urls.add("/no-such-page");
  return [...urls].sort();
}

/** A tiny cookie jar for fetch. */
class Jar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const [name, ...value] = pair!.split("=");
      this.cookies.set(name!.trim(), value.join("="));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/**
 * A real deployment, started the way the README says (DATABASE_URL to an empty PostgreSQL
 * database), attacked the way people try first: no demo back doors, no sign-in abuse, a capped
 * API, and the security headers on every route of both apps, holding in a real browser.
 */
describe("production mode, attacked", () => {
  let database: string;
  let databaseUrl: string;
  let product: Product | undefined;
  let smtp: TestSmtpServer;
  let browser: Browser;

  const production = () => ({
    DATABASE_URL: databaseUrl,
    FREE_CITY_MODE: "",
    NEXTAUTH_SECRET: SECRET,
    ADMIN_EMAILS: "ops@council.example",
    TRUSTED_PROXY_HOPS: "1",
  });

  beforeAll(async () => {
    database = `fc_e2e_security_${Date.now()}`;
    const admin = new pg.Client({ connectionString: SERVER });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const url = new URL(SERVER);
    url.pathname = `/${database}`;
    databaseUrl = url.toString();
    smtp = await startTestSmtpServer(ports.smtp);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    await smtp?.stop();
    const admin = new pg.Client({ connectionString: SERVER });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  it("refuses to start without EMAIL_SERVER, naming it, before touching the database", async () => {
    const failed = await startProduct({ ports, env: production() }).then(
      () => "started",
      (error: Error) => error.message,
    );
    expect(failed).toContain("EMAIL_SERVER is not set");
    expect(failed).toContain("EMAIL_FROM is not set");
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const tables = await db.query(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
    );
    await db.end();
    expect(tables.rows[0].n).toBe(0);
  }, 600_000);

  it("starts with real email: production stated, no outbox, no demo accounts, ADMIN_EMAILS made", async () => {
    product = await startProduct({
      ports,
      env: {
        ...production(),
        EMAIL_SERVER: `smtp://127.0.0.1:${ports.smtp}`,
        EMAIL_FROM: "Free City <no-reply@council.example>",
      },
    });
    expect(product.output()).toContain("Mode: production");
    expect(product.output()).not.toContain("admin@example.org");
    expect((await fetch(`${product.adminUrl}/outbox`)).status).toBe(404);
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const users = await db.query(`SELECT email, staff_role FROM "user" ORDER BY email`);
    const organisations = await db.query("SELECT count(*)::int AS n FROM organisation");
    await db.end();
    expect(users.rows).toEqual([{ email: "ops@council.example", staff_role: "ADMIN" }]);
    expect(organisations.rows[0].n).toBe(0);
  }, 600_000);

  async function csrf(jar: Jar) {
    const response = await fetch(`${product!.adminUrl}/api/auth/csrf`, { headers: { cookie: jar.header() } });
    jar.take(response);
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }
  function askForLink(jar: Jar | null, body: string, forwardedFor = "198.51.100.50") {
    return fetch(`${product!.adminUrl}/api/auth/signin/email`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-forwarded-for": forwardedFor,
        ...(jar ? { cookie: jar.header() } : {}),
      },
      body,
      redirect: "manual",
    });
  }
  const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));

  it("mails sign-in links without printing them; refuses a repeated email field; anonymous posts lock nobody out", async () => {
    // Twenty posts for the administrator without a session's CSRF token: none counts.
    for (let i = 0; i < 20; i++)
      await askForLink(null, new URLSearchParams({ email: "ops@council.example", csrfToken: "forged" }).toString());
    const attacker = new Jar();
    const token = await csrf(attacker);
    const twice = await askForLink(
      attacker,
      `email=attacker%40evil.example&email=ops%40council.example&csrfToken=${token}&json=true`,
    );
    expect(twice.status).toBe(400);

    const owner = new Jar();
    const ownerToken = await csrf(owner);
    const response = await askForLink(
      owner,
      new URLSearchParams({ email: "ops@council.example", csrfToken: ownerToken, json: "true" }).toString(),
    );
    expect(response.status).toBe(200);
    await expect.poll(() => mailsTo("ops@council.example").length, { timeout: 10_000 }).toBe(1);
    const link = /(\/api\/auth\/callback\/email\?[^\s"<]+)/.exec(
      mailsTo("ops@council.example")[0]!
        .raw.replace(/=\r?\n/g, "")
        .replace(/=3D/g, "="),
    )?.[1];
    expect(link).toBeDefined();
    const linkToken = new URL(link!, product!.adminUrl).searchParams.get("token")!;
    expect(linkToken.length).toBeGreaterThan(20);
    expect(product!.output()).not.toContain(linkToken);
    expect(product!.output()).not.toContain("callback/email");
    expect(mailsTo("attacker@evil.example")).toEqual([]);
  });

  it("refuses a tRPC batch of 60 calls and a body over the limit", async () => {
    const paths = Array.from({ length: 60 }, () => "voice.youSaidWeDid").join(",");
    const input = encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [i, {}]))));
    const batch = await fetch(`${product!.adminUrl}/api/trpc/${paths}?batch=1&input=${input}`);
    expect(batch.status).toBe(400);
    const big = await fetch(`${product!.adminUrl}/api/trpc/voice.suggest`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { what: "x".repeat(400_000) } }),
    });
    expect(big.status).toBe(413);
    const beacon = await fetch(`${product!.portalUrl}/api/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ offerSlug: "x".repeat(5000), kind: "save" }),
    });
    expect(beacon.status).toBe(413);
  });

  it("limits the admin API's youth-voice calls per client, not one allowance for all callers", async () => {
    const suggest = (forwardedFor: string) =>
      fetch(`${product!.adminUrl}/api/trpc/voice.suggest`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
        body: JSON.stringify({ json: { what: "A free climbing wall" } }),
      });
    const statuses: number[] = [];
    // One client, forging a new address in front of the one the load balancer appended each time.
    for (let i = 0; i < 31; i++) statuses.push((await suggest(`10.1.1.${i}, 198.51.100.60`)).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
    // Everyone else still has their own allowance.
    expect((await suggest("198.51.100.61")).status).toBe(200);
    expect((await suggest("198.51.100.62")).status).toBe(200);
  });

  it("sends the security headers on every route of both apps", async () => {
    const problems: string[] = [];
    for (const app of ["portal", "admin"] as const) {
      const base = app === "portal" ? product!.portalUrl : product!.adminUrl;
      const routes = routesOf(app);
      expect(routes.length).toBeGreaterThan(app === "portal" ? 15 : 30);
      const nonces = new Set<string>();
      for (const route of routes) {
        const response = await fetch(`${base}${route}`, { redirect: "manual" });
        const h = response.headers;
        const csp = h.get("content-security-policy") ?? "";
        const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
        const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
        if (nonce) nonces.add(nonce);
        const checks: [string, boolean][] = [
          ["a nonce in script-src", Boolean(nonce)],
          ["no 'unsafe-inline' script", !scriptSrc.includes("'unsafe-inline'")],
          ["frame-ancestors 'none'", csp.includes("frame-ancestors 'none'")],
          ["default-src 'self'", csp.includes("default-src 'self'")],
          ["Referrer-Policy", h.get("referrer-policy") === "same-origin"],
          ["X-Content-Type-Options", h.get("x-content-type-options") === "nosniff"],
          [
            "Permissions-Policy",
            (h.get("permissions-policy") ?? "").startsWith(
              app === "portal" ? "geolocation=(self)," : "geolocation=(),",
            ),
          ],
          ["no HSTS over http", h.get("strict-transport-security") === null],
        ];
        for (const [what, ok] of checks) if (!ok) problems.push(`${app} ${route} (${response.status}): ${what}`);
      }
      // A fresh nonce for every response.
      expect(nonces.size).toBe(routes.length);
    }
    expect(problems).toEqual([]);
  });

  it("runs the pages' own scripts in Chromium under the policy, and blocks an injected inline script", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const url of [`${product!.portalUrl}/`, `${product!.portalUrl}/search?q=swim`, `${product!.portalUrl}/ur`]) {
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      // The layout's one inline script ran (it carries the nonce).
      expect(await page.evaluate(() => document.documentElement.classList.contains("js"))).toBe(true);
    }
    await page.goto(`${product!.adminUrl}/sign-in`);
    await page.waitForLoadState("networkidle");
    // The sign-in form is a client component: its own check answers without a round trip.
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    await expect.poll(() => page.locator(".error-summary").count()).toBe(1);
    expect(violations).toEqual([]);

    // A stored script that made it into the page (what an XSS would be) does not run.
    await page.route(`${product!.portalUrl}/about`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace("</main>", "<script>window.__injected = true</script></main>");
      await route.fulfill({ response, body });
    });
    await page.goto(`${product!.portalUrl}/about`);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(violations.length).toBeGreaterThan(0);
    await context.close();
  });
});
