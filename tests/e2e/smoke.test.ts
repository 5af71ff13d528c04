import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, launchBrowser, type Product, sparePorts, startProduct } from "./harness.ts";

const ports = await sparePorts("portal", "admin", "db");

/**
 * The README's start command on a fresh data directory: demo data, both apps, the demo
 * outbox. Then a partner signs in by magic link, and a restart keeps the data and the session.
 */
describe("the product, started like `npm start`", () => {
  let product: Product;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    product = await startProduct({ ports });
    browser = await launchBrowser();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it("prints the URLs and the demo accounts", () => {
    const out = product.output();
    expect(out).toContain(`Portal (young people):    ${product.portalUrl}`);
    expect(out).toContain(`Admin (partners, staff):  ${product.adminUrl}`);
    for (const email of ["partner@example.org", "partner2@example.org", "moderator@example.org", "admin@example.org"])
      expect(out).toContain(email);
  });

  it("portal home: districts with live offers, no cookies, no other hosts, 0 axe violations", async () => {
    const page = await context.newPage();
    const hosts = new Set<string>();
    page.on("request", (request) => hosts.add(new URL(request.url()).host));
    const response = await page.goto(product.portalUrl);
    expect(response?.status()).toBe(200);
    expect(await page.locator("h1").textContent()).toContain("Free things to do in Birmingham");
    const districts = await page.locator(".district h3").allTextContents();
    expect(districts).toHaveLength(10);
    expect(districts).toEqual(expect.arrayContaining(["Edgbaston", "Yardley", "Sutton Coldfield"]));
    const counts = (await page.locator(".district .count").allTextContents()).map((t) => Number.parseInt(t, 10));
    expect(counts.every((n) => n > 0)).toBe(true);
    await expectNoAxeViolations(page);
    expect([...hosts]).toEqual([`localhost:${ports.portal}`]);
    expect(await context.cookies(product.portalUrl)).toEqual([]);
    await page.close();
  });

  it("portal context pages render from the seeds with their sources", async () => {
    const page = await context.newPage();
    await page.goto(`${product.portalUrl}/about`);
    const links = page.locator(".pages a");
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    await expectNoAxeViolations(page);
    await page.goto(`${product.portalUrl}/about/about-the-commission`);
    expect(await page.locator("h1").textContent()).toBeTruthy();
    expect(await page.locator(".sources li").count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    const missing = await page.goto(`${product.portalUrl}/about/no-such-page`);
    expect(missing?.status()).toBe(404);
    await page.close();
  });

  it("admin sign-in page passes axe and explains bad input in words", async () => {
    const page = await context.newPage();
    await page.goto(`${product.adminUrl}/sign-in`);
    await expectNoAxeViolations(page);
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Enter an email address like name@example.org");
    // The message is also next to the field, and the field says it is invalid.
    expect(await page.locator("#email-error").textContent()).toContain("Enter an email address");
    expect(await page.getByLabel("Email address").getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);
    await page.close();
  });

  it("a partner signs in with a magic link from the demo outbox and sees their offers", async () => {
    const page = await context.newPage();
    await page.goto(`${product.adminUrl}/sign-in`);
    await page.getByLabel("Email address").fill("partner@example.org");
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    await page.waitForURL(/\/sign-in\/check-email/);
    expect(await page.locator("h1").textContent()).toBe("Check your email");
    await expectNoAxeViolations(page);

    await page.goto(`${product.adminUrl}/outbox`);
    await expectNoAxeViolations(page);
    const link = page.locator(".email").first().locator("a[href*='/api/auth/callback/email']");
    expect(await page.locator(".email").first().textContent()).toContain("partner@example.org");
    await link.click();
    // One organisation: straight to its offers.
    await page.waitForURL(/\/organisations\/[^/]+$/);
    expect(await page.locator("h1").textContent()).toBe("Offers");
    expect(await page.locator(".org-bar").textContent()).toContain("Digbeth Makers Collective");
    expect(await page.locator("tbody .tag").count()).toBeGreaterThanOrEqual(10);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it("stopping and starting again keeps the data (and the signed-in session) and reseeds nothing", async () => {
    await product.stop();
    product = await startProduct({ ports, dataDir: product.dataDir });
    expect(product.output()).toMatch(/offers\s+up to date/);
    expect(product.output()).toMatch(/Database is up to date/);
    const page = await context.newPage();
    await page.goto(`${product.adminUrl}/`);
    expect(await page.locator("h1").textContent()).toBe("Offers");
    await page.close();
  }, 600_000); // a whole second start (install check, builds cached, database, both apps), like beforeAll
});
