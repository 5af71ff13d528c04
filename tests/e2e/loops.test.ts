import pg from "pg";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectNoAxeViolations,
  launchBrowser,
  type Product,
  signInToAdmin,
  sparePorts,
  startProduct,
} from "./harness.ts";

const ports = await sparePorts("portal", "admin", "db");

/**
 * Issue 17's loops, as the people in them use them: the public pledge wall and the organisation
 * profiles it links to, and the staff's pledge list with its CSV.
 */
describe("the loops close", () => {
  let product: Product;
  let browser: Browser;
  const portal = (path: string) => `${product.portalUrl}${path}`;

  beforeAll(async () => {
    product = await startProduct({ ports });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
    const db = new pg.Client({ connectionString: product.databaseUrl() });
    await db.connect();
    try {
      return (await db.query<T>(sql, values)).rows;
    } finally {
      await db.end();
    }
  }

  it("the pledge wall lists exactly the verified organisations in good standing that signed", async () => {
    // One demo organisation suspended and one that never signed: neither may show.
    await query("UPDATE organisation SET suspended_at = now(), suspended_reason = 'test' WHERE slug = $1", [
      "phoenix-leisure",
    ]);
    await query("UPDATE organisation SET pledge_agreed_at = NULL WHERE slug = $1", ["brassworks-museum-trust"]);
    const expected = await query<{ name: string }>(
      `SELECT name FROM organisation WHERE verification_status = 'VERIFIED' AND suspended_at IS NULL
         AND pledge_agreed_at IS NOT NULL ORDER BY name`,
    );
    expect(expected.length).toBeGreaterThan(3);

    const page = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
    await page.goto(portal("/"));
    await page.getByRole("link", { name: "Who has signed up" }).click();
    await page.waitForURL(portal("/pledge"));
    expect(await page.locator("h1").textContent()).toBe("Who has signed up");
    await expectNoAxeViolations(page);
    const listed = await page.locator(".pledge-list h3").allTextContents();
    expect([...listed].sort()).toEqual(expected.map((row) => row.name).sort());
    expect(listed).not.toContain("Phoenix Leisure");
    expect(listed).not.toContain("Brassworks Museum Trust");
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 2_000 })
      .toBeLessThanOrEqual(360);
    await page.screenshot({ path: "/tmp/fc-pledge-360.png", fullPage: true });

    // An organisation's profile: what it is, its pledge, its live offers.
    await page.getByRole("link", { name: "Digbeth Makers Collective" }).click();
    await page.waitForURL(portal("/organisations/digbeth-makers-collective"));
    await expectNoAxeViolations(page);
    await expect.poll(() => page.locator(".listing__meta").textContent()).toContain("has signed the pledge");
    expect(await page.locator(".offer-cards li").count()).toBeGreaterThan(0);

    // Its offers say so, and link back to the profile.
    await page.locator(".offer-cards a").first().click();
    await page.waitForURL(/\/offers\//);
    await page.getByRole("link", { name: "Digbeth Makers Collective has signed the pledge" }).waitFor();
    await page.getByRole("link", { name: "Digbeth Makers Collective", exact: true }).click();
    await page.waitForURL(portal("/organisations/digbeth-makers-collective"));

    // A suspended organisation has no public profile.
    const gone = await fetch(portal("/organisations/phoenix-leisure"));
    expect(gone.status).toBe(404);
    await page.context().close();
  });

  it("staff see every signatory and download the list as CSV", async () => {
    const staff = await signInToAdmin(browser, product.adminUrl, "moderator@example.org");
    await staff.waitForURL(`${product.adminUrl}/`);
    await staff.getByRole("link", { name: "Pledge" }).click();
    await staff.waitForURL(`${product.adminUrl}/pledge`);
    await expectNoAxeViolations(staff);
    await staff.locator("tr", { hasText: "Phoenix Leisure" }).getByText("Suspended").waitFor();

    const download = staff.waitForEvent("download");
    await staff.getByRole("link", { name: "Download the list (CSV)" }).click();
    const file = await (await download).path();
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(file, "utf8");
    const lines = text.trim().split(/\r\n/);
    expect(lines[0]).toBe("organisation,kind,signed,where it stands,live offers,districts");
    const signed = await query<{ count: number }>(
      "SELECT count(*)::int AS count FROM organisation WHERE pledge_agreed_at IS NOT NULL",
    );
    expect(lines).toHaveLength(1 + (signed[0]?.count ?? 0));
    expect(text).toContain("Digbeth Makers Collective,Charity");

    // Partners cannot reach it.
    const partner = await signInToAdmin(browser, product.adminUrl, "partner@example.org");
    const response = await partner.goto(`${product.adminUrl}/pledge/export`);
    expect(response?.status()).toBe(404);
  });
});
