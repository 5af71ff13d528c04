import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import pg from "pg";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, useDemoProduct } from "./harness.ts";

/** The JavaScript the results page may add over a page with no client components (issue 3). */
const RESULTS_PAGE_JS_BUDGET = 25 * 1024;

/**
 * A young person's journeys through the portal on the demo data, in Debian's Chromium: search
 * with filters, near me, an offer saved, added to a calendar and reviewed, the saved list
 * offline, a suggestion, keyboard only, in Urdu. Every page is checked by axe, and every request
 * the browser makes in this file is recorded: none may go to another host, and no cookie is set.
 */
describe("portal journeys", () => {
  const demo = useDemoProduct();
  const hosts = new Set<string>();
  const contexts: BrowserContext[] = [];

  /** A browser context whose every request is recorded. */
  async function newContext(options: Parameters<Browser["newContext"]>[0] = {}) {
    const context = await demo.browser.newContext({ ...options });
    context.on("request", (request) => hosts.add(new URL(request.url()).host));
    contexts.push(context);
    return context;
  }
  const url = (path: string) => `${demo.product.portalUrl}${path}`;
  /**
   * axe runs inside the page, so it needs JavaScript: a page seen with JavaScript off is checked
   * by opening the same address (its state is all in the URL) in a context with it on.
   */
  let axeContext: BrowserContext | undefined;
  async function expectAccessibleAt(address: string) {
    axeContext ??= await newContext();
    const page = await axeContext.newPage();
    await page.goto(address);
    await expectNoAxeViolations(page);
    await page.close();
  }
  const query = (page: Page) => new URL(page.url()).searchParams;

  it("search with filters and removable chips works with JavaScript off, and the back button restores it", async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url("/"));
    await page.getByLabel("What do you want to do?").fill("footbal");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\?q=footbal$/);
    expect(await page.locator("h1").textContent()).toBe("Things to do: “footbal”");
    const titles = await page.locator(".results__list .offer-card__title").allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(4);
    expect(
      titles.slice(0, 4).every((title) => /football/i.test(title)),
      titles.join(" | "),
    ).toBe(true);
    await expectAccessibleAt(page.url());

    // Filters beside the results: age and a category, applied with the form's button.
    await page.getByLabel("I am this many years old").fill("15");
    await page.getByRole("checkbox", { name: "Sport" }).check();
    await page.getByRole("button", { name: "Show results" }).first().click();
    await page.waitForURL((u) => u.searchParams.get("age") === "15");
    expect(query(page).getAll("category")).toEqual(["sport"]);
    const chips = page.locator(".chips .chip");
    expect(await chips.allTextContents()).toEqual(["Remove filter: Sport×", "Remove filter: Age 15×"]);
    const filtered = await page.locator(".results__list .offer-card__title").allTextContents();
    expect(filtered).toContain("Girls' Football Night");
    expect(filtered).not.toContain("Saturday Football Skills"); // ages 8–12
    expect(await page.locator("#results-title").textContent()).toMatch(/^\d+ free things? to do$/);
    // A sub-category list opens under the chosen category.
    expect(await page.getByRole("checkbox", { name: "Football" }).count()).toBe(1);
    await expectAccessibleAt(page.url());

    await page.getByRole("link", { name: "Remove filter: Age 15" }).click();
    await page.waitForURL((u) => !u.searchParams.has("age"));
    expect(await chips.allTextContents()).toEqual(["Remove filter: Sport×"]);
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get("age") === "15");
    expect(await page.getByLabel("I am this many years old").inputValue()).toBe("15");

    await page.getByRole("link", { name: "Clear all filters" }).click();
    await page.waitForURL(/\/search\?q=footbal$/);

    // Nonsense in the address is ignored, never an error page.
    const response = await page.goto(
      url("/search?age=banana&when=2026-02-30&page=-4&district=atlantis&sort=sideways&near=999,999"),
    );
    expect(response?.status()).toBe(200);
    expect(await page.locator(".chips").count()).toBe(0);

    // A search that finds nothing says what to try next.
    await page.goto(url("/search?q=zzzxqqq"));
    expect(await page.locator("#results-title").textContent()).toBe("Nothing found");
    expect(await page.locator(".empty").textContent()).toContain("Check the spelling");
    await expectAccessibleAt(page.url());
  });

  it("pages through results, twenty at a time", async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url("/search"));
    const total = Number((await page.locator("#results-title").textContent())!.match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThan(40);
    const first = await page.locator(".results__list .offer-card__title").allTextContents();
    expect(first).toHaveLength(20);
    await page.getByRole("link", { name: "Next page" }).click();
    await page.waitForURL((u) => u.searchParams.get("page") === "2");
    const second = await page.locator(".results__list .offer-card__title").allTextContents();
    expect(second).toHaveLength(20);
    expect(second.filter((title) => first.includes(title))).toEqual([]);
    expect(await page.locator(".pagination").textContent()).toContain(`Page 2 of ${Math.ceil(total / 20)}`);
  });

  it("near me asks for the position only when pressed and sorts by distance", async () => {
    const context = await newContext({ geolocation: { latitude: 52.4862, longitude: -1.8904 }, permissions: [] });
    const page = await context.newPage();
    let asked = 0;
    await page.exposeFunction("__countGeolocation", () => asked++);
    await page.addInitScript(() => {
      const original = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
      navigator.geolocation.getCurrentPosition = (...args: Parameters<Geolocation["getCurrentPosition"]>) => {
        (window as unknown as { __countGeolocation: () => void }).__countGeolocation();
        return original(...args);
      };
    });
    await page.goto(url("/search?category=sport"));
    await page.waitForSelector(".near-me button");
    expect(asked).toBe(0);
    await context.grantPermissions(["geolocation"], { origin: demo.product.portalUrl });
    await page.getByRole("button", { name: "Near me" }).click();
    await page.waitForURL((u) => u.searchParams.get("sort") === "nearest");
    expect(asked).toBe(1);
    // Rounded to about 100 m before it leaves the page; the filters stay.
    expect(query(page).get("near")).toBe("52.486,-1.89");
    expect(query(page).getAll("category")).toEqual(["sport"]);
    const distances = await page.locator(".results__list .fact--distance").allTextContents();
    expect(distances.length).toBeGreaterThan(5);
    const miles = distances.map((text) =>
      text === "Very close" ? 0 : Number(text.match(/^([\d.]+) miles away$/)![1]),
    );
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    expect(await page.locator('.sort a[aria-current="true"]').textContent()).toBe("Nearest");
    await expectNoAxeViolations(page);

    // Without location: a postcode district, resolved with no outside service.
    await page.goto(url("/search?postcode=b15+2tt&sort=nearest"));
    expect(query(page).get("postcode")).toBe("b15 2tt");
    expect(await page.locator(".chips .chip").first().textContent()).toBe("Remove filter: B15×");
    expect(await page.locator(".results__list .fact--distance").count()).toBeGreaterThan(5);
  });

  it("open an offer, save it, add it to a calendar, and find it in Saved, even offline", async () => {
    const context = await newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(url("/offers/code-club-make-your-own-game"));
    expect(
      await page.getByRole("link", { name: "Book online with Digbeth Makers Collective" }).getAttribute("href"),
    ).toBe("/offers/code-club-make-your-own-game/go");
    const save = page.getByRole("button", { name: "Save" });
    await save.click();
    await expect.poll(() => page.getByRole("button", { name: "Saved" }).getAttribute("aria-pressed")).toBe("true");
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Add to calendar" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("code-club-make-your-own-game.ics");
    const ics = readFileSync((await download.path())!, "utf8").replace(/\r\n /g, "");
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("SUMMARY:Code Club: Make Your Own Game");
    expect(ics).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=SA/);
    expect(ics).toMatch(/DTSTART;TZID=Europe\/London:\d{8}T100000/);

    await page.getByRole("link", { name: "Saved" }).click();
    await page.waitForURL(/\/saved$/);
    await expect
      .poll(() => page.locator(".saved-list .offer-card__title").allTextContents())
      .toEqual(["Code Club: Make Your Own Game"]);
    await expectNoAxeViolations(page);

    // The service worker keeps the saved page: it opens with no connection.
    await expect
      .poll(() => page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())))
      .toBe(true);
    await context.setOffline(true);
    await page.goto(url("/offers/code-club-make-your-own-game"));
    expect(await page.locator("h1").textContent()).toBe("Code Club: Make Your Own Game");
    await context.setOffline(false);

    // Un-save from the list.
    await page.goto(url("/saved"));
    await expect.poll(() => page.locator("main").textContent()).toContain("Remove Code Club: Make Your Own Game");
    await page.getByRole("button", { name: "Remove Code Club: Make Your Own Game" }).click();
    expect(await page.locator(".empty").textContent()).toContain("You have not saved anything yet");
  });

  it("sends anonymous feedback and a report, with a clear error first and personal details taken out", async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url("/offers/code-club-make-your-own-game"));
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await page.waitForURL(/feedback=missing/);
    expect(await page.getByRole("alert").first().textContent()).toContain("There is a problem");
    expect(await page.locator("#reaction-error").textContent()).toBe("Error: Pick how it was.");
    expect(await page.getByRole("radio", { name: "Loved it" }).getAttribute("aria-invalid")).toBe("true");
    await expectAccessibleAt(page.url());

    await page.getByRole("radio", { name: "Loved it" }).check();
    await page.getByLabel("Tell us more (you don’t have to)").fill("Brilliant! Text me on 07700 900123");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await page.waitForURL(/feedback=sent-removed/);
    expect(await page.getByRole("status").first().textContent()).toContain(
      "We took out something that looked like a name, school, username, phone number",
    );
    // Nothing typed went into the address.
    expect(page.url()).not.toContain("07700");

    await page.getByRole("link", { name: "Report a problem with this page" }).click();
    await page.waitForURL(/\/offers\/code-club-make-your-own-game\/report$/);
    await expectAccessibleAt(page.url());
    await page.getByRole("radio", { name: "It was not free" }).check();
    await page.getByRole("button", { name: "Send report" }).click();
    await page.waitForURL(/report=sent/);
    expect(await page.getByRole("status").first().textContent()).toContain("Thank you");
  });

  it("takes a suggestion, and shows You said, we did", async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url("/suggest"));
    await expectAccessibleAt(page.url());
    await page.getByLabel("What would you like to do?").fill("A free climbing wall near Perry Barr");
    await page.getByLabel("Which part of the city?").selectOption({ label: "Perry Barr" });
    await page.getByRole("button", { name: "Send idea" }).click();
    await page.waitForURL(/sent=sent/);
    expect(await page.getByRole("status").textContent()).toContain("Thank you");
    await page.getByRole("link", { name: "See what we did about other ideas" }).click();
    await page.waitForURL(/\/you-said-we-did$/);
    expect(await page.locator("h1").textContent()).toBe("You said, we did");
    await expectAccessibleAt(page.url());
  });

  it("works by keyboard alone, with the focus always visible", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(url("/"));
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return {
          text: element.textContent?.trim() ?? "",
          tag: element.tagName,
          id: element.id,
          type: element.getAttribute("type"),
          outline: style.outlineStyle,
          shadow: style.boxShadow,
        };
      });
    await page.keyboard.press("Tab");
    expect((await focused()).text).toBe("Skip to main content");
    expect((await focused()).outline).not.toBe("none");
    await page.keyboard.press("Enter");
    // Into the search box, type, and search.
    for (let i = 0; i < 10 && (await focused()).id !== "home-q"; i++) await page.keyboard.press("Tab");
    expect((await focused()).id).toBe("home-q");
    await page.keyboard.type("swim");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\?q=swim$/);
    // Tab to the first result (past the filters) and open it.
    const firstTitle = (await page.locator(".results__list .offer-card__title").first().textContent())!;
    let reached = false;
    for (let i = 0; i < 120 && !reached; i++) {
      await page.keyboard.press("Tab");
      const now = await focused();
      reached = now.tag === "A" && now.text === firstTitle;
      // A date box focuses its day, month and year parts, which Chromium highlights itself.
      if (now.tag !== "BODY" && now.type !== "date")
        expect(now.outline, `visible focus on ${now.tag}#${now.id} ${now.text}`).not.toBe("none");
    }
    expect(reached).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/offers\//);
    expect(await page.locator("h1").textContent()).toBe(firstTitle);
  });

  it("speaks Urdu right to left, with a language switch that keeps the page", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(url("/search?q=swim"));
    await page.getByRole("link", { name: "اردو" }).click();
    await page.waitForURL(/\/ur\/search\?q=swim$/);
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await page.locator("html").getAttribute("lang")).toBe("ur");
    expect(await page.getByRole("button", { name: "تلاش کریں" }).count()).toBe(1);
    // The layout mirrors: the logo sits at the right, the filters right of the results.
    const logo = (await page.locator(".logo").boundingBox())!;
    expect(logo.x).toBeGreaterThan(640);
    await expectNoAxeViolations(page);
    // Links stay in Urdu.
    await page.locator(".results__list .offer-card__title a").first().click();
    await page.waitForURL(/\/ur\/offers\//);
    expect(await page.locator("#when-title").textContent()).toBe("کب");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL((u) => u.pathname.startsWith("/offers/"));
    expect(await page.locator("html").getAttribute("lang")).toBe("en-GB");
  });

  it("passes axe on every other page type, in both languages, and fits 320 px", async () => {
    const context = await newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    for (const path of [
      "/",
      "/ur",
      "/about",
      "/about/privacy",
      "/districts/ladywood",
      "/venues/makers-yard-digbeth",
      "/saved",
      "/ur/saved",
      "/ur/suggest",
      "/you-said-we-did",
      "/search?q=dance&when=weekend&access=step-free",
      "/no-such-page",
      "/offers/no-such-offer",
    ]) {
      await page.goto(url(path));
      await page.waitForLoadState("networkidle");
      await expectNoAxeViolations(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    expect(await page.locator("h1").textContent()).toBe("We can’t find that page");
  });

  it("keeps the results page's JavaScript within budget", async () => {
    const context = await newContext();
    const page = await context.newPage();
    /** Gzipped bytes of every script a page loads. */
    async function scriptBytes(path: string) {
      const scripts = new Set<string>();
      const listener = (request: { resourceType(): string; url(): string }) =>
        request.resourceType() === "script" && scripts.add(request.url());
      page.on("request", listener);
      await page.goto(url(path));
      await page.waitForLoadState("networkidle");
      page.off("request", listener);
      let total = 0;
      for (const script of scripts) total += gzipSync(Buffer.from(await (await fetch(script)).arrayBuffer())).length;
      return total;
    }
    // /about has no client components: it is what this build sends for an empty page.
    const empty = await scriptBytes("/about");
    const results = await scriptBytes("/search?q=football&category=sport");
    console.log(
      `[budget] empty page ${(empty / 1024).toFixed(1)} KB gz; results page ${(results / 1024).toFixed(1)} KB gz; extra ${((results - empty) / 1024).toFixed(1)} KB (budget ${RESULTS_PAGE_JS_BUDGET / 1024} KB)`,
    );
    expect(results - empty).toBeLessThanOrEqual(RESULTS_PAGE_JS_BUDGET);
  });

  it("counts views, saves, booking clicks and calendar adds per day, once per visitor, and no bots", async () => {
    const phone =
      "Mozilla/5.0 (Linux; Android 12; moto g(10)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";
    const slug = "christmas-holiday-drama-workshop"; // booked ahead on the partner's website
    const counts = async () => {
      const db = new pg.Client({ connectionString: demo.product.databaseUrl() });
      await db.connect();
      try {
        const { rows } = await db.query<{
          views: number;
          saves: number;
          take_up_clicks: number;
          calendar_adds: number;
        }>(
          "SELECT coalesce(sum(views), 0)::int AS views, coalesce(sum(saves), 0)::int AS saves, coalesce(sum(take_up_clicks), 0)::int AS take_up_clicks, coalesce(sum(calendar_adds), 0)::int AS calendar_adds FROM offer_daily_stat s JOIN offer o ON o.id = s.offer_id WHERE o.slug = $1",
          [slug],
        );
        return rows[0]!;
      } finally {
        await db.end();
      }
    };
    const before = await counts();
    const context = await newContext({ userAgent: phone, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(url(`/offers/${slug}`));
    await page.reload(); // the same visitor again: not counted twice
    await page.getByRole("button", { name: "Save" }).click();
    await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Add to calendar" }).click()]);
    // The booking link counts the click, then sends the visitor on to the partner's site (not
    // followed here: this test run talks to no other host).
    const booking = await page.getByRole("link", { name: /^Book online with/ }).getAttribute("href");
    const handOver = await page.request.get(new URL(booking!, demo.product.portalUrl).href, { maxRedirects: 0 });
    expect(handOver.status()).toBe(303);
    expect(handOver.headers().location).toBe("https://printworks-arts.example.org/book/holiday-drama");
    // A crawler's visit is not a view.
    const bot = await newContext({ userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1)" });
    await (await bot.newPage()).goto(url(`/offers/${slug}`));
    await expect.poll(counts).toEqual({
      views: before.views + 1,
      saves: before.saves + 1,
      take_up_clicks: before.take_up_clicks + 1,
      calendar_adds: before.calendar_adds + 1,
    });
  });

  it("made no request to any other host and set no cookie", async () => {
    expect([...hosts]).toEqual([new URL(demo.product.portalUrl).host]);
    for (const context of contexts) expect(await context.cookies()).toEqual([]);
  });
});
