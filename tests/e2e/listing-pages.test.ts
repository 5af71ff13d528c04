import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, useDemoProduct } from "./harness.ts";

/**
 * A young person's way from the home page to something to do: a district, an offer in it, and
 * the venue it is at. Server-rendered pages on the demo data, checked by axe, at phone width too.
 */
describe("portal listing pages", () => {
  const demo = useDemoProduct();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await demo.browser.newContext();
  });

  /** Every request the page makes goes to the portal itself. */
  function recordHosts(page: Page) {
    const hosts = new Set<string>();
    page.on("request", (request) => hosts.add(new URL(request.url()).host));
    return hosts;
  }

  it("home → district → offer → venue, each with 0 axe violations", async () => {
    const page = await context.newPage();
    const hosts = recordHosts(page);
    await page.goto(demo.product.portalUrl);

    await page.locator(".district h3 a", { hasText: "Ladywood" }).click();
    await page.waitForURL(/\/districts\/ladywood$/);
    expect(await page.locator("h1").textContent()).toBe("Free things to do in Ladywood");
    const groups = page.locator("section h2");
    expect(await groups.count()).toBeGreaterThan(1);
    // Each category group's count matches its cards (the "on today" sections above show a few, then "see all").
    const firstGroup = page.locator("section[aria-labelledby^='group-']").first();
    const count = Number(await firstGroup.locator("h3 .count").textContent());
    expect(await firstGroup.locator(".offer-card").count()).toBe(count);
    await expectNoAxeViolations(page);

    await page.locator(".offer-card a", { hasText: "Code Club: Make Your Own Game" }).click();
    await page.waitForURL(/\/offers\/code-club-make-your-own-game$/);
    expect(await page.locator("h1").textContent()).toBe("Code Club: Make Your Own Game");
    // After a client-side navigation Next streams the title in a moment later.
    await expect.poll(() => page.title()).toBe("Code Club: Make Your Own Game – Free City");
    const main = page.locator("main");
    expect(await main.locator(".when li").first().textContent()).toMatch(
      /^Saturdays 10:00–12:00 until \d{1,2}\s[A-Z][a-z]+(\s\d{4})?$/,
    );
    expect(await main.locator(".dates li").count()).toBe(5);
    expect(await main.getByRole("heading", { name: "How to go" }).count()).toBe(1);
    expect(await main.locator(".take-up").textContent()).toContain("Book a place before you go.");
    // The booking link counts a take-up click on the way (see offers/[slug]/go) and goes on to the partner's page.
    expect(
      await main.getByRole("link", { name: "Book online with Digbeth Makers Collective" }).getAttribute("href"),
    ).toBe("/offers/code-club-make-your-own-game/go");
    expect(await main.textContent()).toContain("Ages 9 to 14");
    expect(await main.textContent()).toContain("You can come on your own from age 11.");
    expect(await main.locator(".listing__meta").textContent()).toMatch(
      /^Run by Digbeth Makers Collective( · Digbeth Makers Collective has signed the pledge)? · Last checked \d{1,2}\s[A-Z][a-z]+(\s\d{4})?$/,
    );
    expect(await main.locator("a[href^='tel:']").first().getAttribute("href")).toBe("tel:01214960010");
    expect(await main.locator(".directions").textContent()).toBe(
      "Directions: Unit 4, Floodgate Street, Digbeth, Birmingham, B5 5SL",
    );
    await expectNoAxeViolations(page);

    await main.getByRole("link", { name: "Makers Yard Digbeth" }).click();
    await page.waitForURL(/\/venues\/makers-yard-digbeth$/);
    expect(await page.locator("h1").textContent()).toBe("Makers Yard Digbeth");
    expect(await page.locator("main").textContent()).toContain("Monday to Friday: 10:00–20:00");
    expect(await page.locator(".offer-card a", { hasText: "Code Club: Make Your Own Game" }).count()).toBe(1);
    await expectNoAxeViolations(page);

    expect([...hosts]).toEqual([new URL(demo.product.portalUrl).host]);
    expect(await context.cookies(demo.product.portalUrl)).toEqual([]);
    await page.close();
  });

  it("shows a take-up code big, and without JavaScript shows only controls that work without it", async () => {
    const noScript = await demo.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${demo.product.portalUrl}/offers/free-tickets-christmas-show`);
    expect(await page.locator(".code").textContent()).toBe("FREECITY-PANTO");
    // Save and Share need JavaScript, so they are not there; the feedback form posts as plain HTML.
    expect(await page.locator("main button").allTextContents()).toEqual(["Send"]);
    expect(await page.getByRole("link", { name: "Add to calendar" }).count()).toBe(1);
    await noScript.close();
    // axe runs in the page, so it needs JavaScript: check the same page with it on.
    const withScript = await context.newPage();
    await withScript.goto(`${demo.product.portalUrl}/offers/free-tickets-christmas-show`);
    await expectNoAxeViolations(withScript);
    await withScript.close();
  });

  it("follows the booking link to the partner's page", async () => {
    const page = await context.newPage();
    const response = await page.request.get(`${demo.product.portalUrl}/offers/code-club-make-your-own-game/go`, {
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe("https://digbeth-makers.example.org/book/code-club");
    await page.close();
  });

  it("gives 404 for offers that are not public, and for unknown venues and districts", async () => {
    const page = await context.newPage();
    // makers-club-hodge-hill is a draft and girls-who-make-electronics waits in review (seeds/demo/offers.json).
    for (const path of [
      "/offers/makers-club-hodge-hill",
      "/offers/girls-who-make-electronics",
      "/offers/no-such-offer",
      "/offers/NOT_A_SLUG",
      "/venues/no-such-venue",
      "/districts/atlantis",
    ]) {
      const response = await page.goto(`${demo.product.portalUrl}${path}`);
      expect(response?.status(), path).toBe(404);
    }
    await page.close();
  });

  it("fits a 320 px wide screen without sideways scrolling", async () => {
    const narrow = await demo.browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await narrow.newPage();
    for (const path of [
      "/offers/code-club-make-your-own-game",
      "/offers/free-tickets-christmas-show",
      "/venues/makers-yard-digbeth",
      "/districts/ladywood",
    ]) {
      await page.goto(`${demo.product.portalUrl}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
    }
    await narrow.close();
  });
});
