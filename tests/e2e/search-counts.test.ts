import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, useDemoProduct } from "./harness.ts";

/**
 * Issue 17, "search that tells you where to go next": every filter option says how many results
 * it gives, and that is what you get when you pick it; with JavaScript off, as a plain form. And
 * what partners made public on the offer page. Screenshots at 360 and 1280 px, for a person to
 * look at, go to the temporary folder printed at the end.
 */
describe("search filter counts and what partners made public", () => {
  const demo = useDemoProduct();
  const portal = demo.portal;
  const screens = path.join(os.tmpdir(), "free-city-screenshots", "i17");
  beforeAll(() => {
    mkdirSync(screens, { recursive: true });
  });

  /** The results heading's number ("12 free things to do"; "Nothing found" is 0). */
  async function resultTotal(page: Page): Promise<number> {
    const text = (await page.locator("#results-title").textContent()) ?? "";
    const digits = text.match(/\d[\d,]*/)?.[0];
    return digits ? Number(digits.replace(/,/g, "")) : 0;
  }

  type Option = { id: string; label: string; count: number; checked: boolean };

  /** Every filter option on the page that shows a count. */
  function countedOptions(page: Page): Promise<Option[]> {
    return page.locator(".filters input[type=checkbox], .filters input[type=radio]").evaluateAll((inputs) =>
      inputs.flatMap((input) => {
        const label = document.querySelector(`label[for="${input.id}"]`);
        const count = label?.querySelector("[data-count]")?.getAttribute("data-count");
        return count == null
          ? []
          : [
              {
                id: input.id,
                label: label?.textContent ?? "",
                count: Number(count),
                checked: (input as HTMLInputElement).checked,
              },
            ];
      }),
    );
  }

  it("with JavaScript off, every option's count equals the number of results after picking it", async () => {
    const context = await demo.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const start = portal("/search?age=12&cost=free");
    await page.goto(start);
    const total = await resultTotal(page);
    const options = await countedOptions(page);
    // Districts, categories, when, cost, access and "on my own" are all counted.
    for (const prefix of ["district-", "category-", "when-", "cost-", "access-", "alone-"])
      expect(
        options.some((o) => o.id.startsWith(prefix)),
        prefix,
      ).toBe(true);
    expect(options.filter((o) => o.id.startsWith("access-")).length).toBe(12);
    // The counts tell options apart (a test where every count is the same could not fail usefully).
    expect(new Set(options.map((o) => o.count)).size).toBeGreaterThan(3);

    const mismatches: string[] = [];
    for (const option of options) {
      if (option.checked) {
        // A picked option gives what the page shows now.
        if (option.count !== total) mismatches.push(`${option.label} (picked): shown ${option.count}, page ${total}`);
        continue;
      }
      await page.goto(start);
      await page.locator(`label[for="${option.id}"]`).click();
      await Promise.all([
        page.waitForURL((url) => url.toString() !== start),
        page.getByRole("button", { name: "Show results" }).first().click(),
      ]);
      const after = await resultTotal(page);
      if (after !== option.count) mismatches.push(`${option.label}: shown ${option.count}, gives ${after}`);
    }
    expect(mismatches).toEqual([]);
    // An option that gives nothing is still there, saying so.
    for (const option of options.filter((o) => o.count === 0)) expect(option.label).toContain("(0)");
    await context.close();
  });

  it("the search page with counts passes axe at 360 and 1280 px (screenshots for a person)", async () => {
    for (const width of [360, 1280]) {
      const context = await demo.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(portal("/search?district=ladywood&access=step-free"));
      expect(await page.locator("label[for=district-ladywood]").textContent()).toMatch(/\(\d+\)/);
      // The cards say when each was last checked.
      expect(await page.locator(".offer-card__checked").count()).toBeGreaterThan(0);
      // On a phone the filters fold away behind a button: open them, so the screenshot shows the counts.
      const show = page.getByRole("button", { name: "Show filters" });
      if (await show.isVisible()) await show.click();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: path.join(screens, `search-${width}.png`), fullPage: true });
      await context.close();
    }
  });

  it("an offer page shows the organiser's public contacts, the places and the venue's website", async () => {
    for (const width of [360, 1280]) {
      const context = await demo.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(portal("/offers/print-works-youth-theatre"));
      const contact = page.locator("section[aria-labelledby=contact-title]");
      expect(await contact.locator("a[href='https://printworks-arts.example.org/']").textContent()).toBe(
        "printworks-arts.example.org",
      );
      expect(await contact.locator("a[href^='mailto:']").textContent()).toBe("boxoffice@printworks-arts.example.org");
      expect(await page.locator(".key-facts").textContent()).toContain("25 places");
      expect(await page.locator("a[href='https://printworks-arts.example.org/balsall-heath']").textContent()).toBe(
        "printworks-arts.example.org",
      );
      await expectNoAxeViolations(page);
      await page.screenshot({ path: path.join(screens, `offer-${width}.png`), fullPage: true });
      await context.close();
    }
    // In another language the partner's words keep their own language.
    const context = await demo.browser.newContext({ viewport: { width: 360, height: 900 } });
    const page = await context.newPage();
    await page.goto(portal("/ar/offers/print-works-youth-theatre"));
    const email = page.locator("section[aria-labelledby=contact-title] a[href^='mailto:']");
    expect(await email.getAttribute("lang")).toMatch(/^en/);
    expect(await page.locator(".key-facts").textContent()).toContain("25");
    await expectNoAxeViolations(page);
    await context.close();
    console.log(`Search and offer screenshots: ${screens}`);
  });
});
