import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
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

  it("a suggestion for Ladywood becomes a task, its outcome becomes Ladywood's 'You said, we did'", async () => {
    const idea = "A free girls' boxing club near the canal";
    // A young person, on a phone, on the Ladywood page.
    const young = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
    await young.goto(portal("/districts/ladywood"));
    await expectNoAxeViolations(young);
    for (const heading of ["On today", "On this weekend", "Nearby parts of the city"])
      await young.getByRole("heading", { name: heading }).waitFor();
    await young.screenshot({ path: "/tmp/fc-ladywood-360.png", fullPage: true });
    await young.getByRole("link", { name: "Suggest something for Ladywood" }).click();
    await young.waitForURL(/\/suggest\?district=ladywood/);
    expect(await young.getByLabel("Which part of the city?").inputValue()).toBe("ladywood");
    await young.getByLabel("What would you like to do?").fill(idea);
    await young.getByRole("button", { name: "Send idea" }).click();
    await young.waitForURL(/sent=/);

    // Staff turn it into a task for Ladywood…
    const staff = await signInToAdmin(browser, product.adminUrl, "moderator@example.org");
    await staff.waitForURL(`${product.adminUrl}/`);
    await staff.goto(`${product.adminUrl}/voice`);
    const suggestion = staff.locator("article", { hasText: idea });
    await expect.poll(() => suggestion.locator("h3").textContent()).toContain("Suggestion for Ladywood");
    await suggestion.getByText("Make it an outreach task").click();
    await suggestion.getByRole("button", { name: "Create task" }).click();
    await suggestion.getByText("Task created.").waitFor();

    // …see it beside Ladywood's gaps, with what young people said there, and close it with an outcome.
    await staff.goto(`${product.adminUrl}/coverage`);
    await staff.getByRole("link", { name: "Ladywood", exact: true }).first().click();
    await staff.waitForURL(/\/coverage\/districts\//);
    await expectNoAxeViolations(staff);
    await staff.getByText(`“${idea}”`).waitFor();
    expect(await staff.getByRole("link", { name: "See the Ladywood page young people see" }).getAttribute("href")).toBe(
      portal("/districts/ladywood"),
    );
    await staff.getByRole("link", { name: `Find a partner for: ${idea}` }).click();
    await staff.waitForURL(/\/voice\/outreach\//);
    await expectNoAxeViolations(staff);
    expect(await staff.getByLabel("You said (if publishing)").inputValue()).toBe(idea);
    await staff.getByLabel("What came of it").fill("Ladywood Boxing Club agreed to run a free girls' session.");
    await staff.getByLabel(/Tell young people/).check();
    await staff
      .getByLabel("We did (if publishing)")
      .fill("Ladywood Boxing Club now runs a free girls' session on Fridays.");
    await staff.getByRole("button", { name: "Close the task" }).click();
    // The page now shows the closed task, its outcome and the entry it became.
    await staff.getByRole("heading", { name: /^Closed / }).waitFor();
    await staff.getByText("Published as “You said, we did”").waitFor();

    // The Ladywood page says so.
    await young.goto(portal("/districts/ladywood"));
    const youSaid = young.locator("section", {
      has: young.getByRole("heading", { name: "You said, we did in Ladywood" }),
    });
    await youSaid.getByText("Ladywood Boxing Club now runs a free girls' session on Fridays.").waitFor();
    await expectNoAxeViolations(young);

    // Staff can correct it, and the history says what it was.
    await staff.goto(`${product.adminUrl}/voice`);
    const published = staff.locator("li", { hasText: "Ladywood Boxing Club now runs" });
    await published.getByRole("link", { name: /^Correct or withdraw/ }).click();
    await staff.waitForURL(/\/voice\/responses\//);
    await expectNoAxeViolations(staff);
    await staff.getByLabel("We did").fill("Ladywood Boxing Club runs a free girls' session every Friday at 5pm.");
    await staff.getByRole("button", { name: "Save the correction" }).click();
    await staff.getByText("Saved. The portal shows the corrected words.").waitFor();
    await staff.reload();
    await staff.getByText("Corrected by moderator@example.org").waitFor();
    await young.reload();
    await youSaid.getByText("every Friday at 5pm").waitFor();
    await young.context().close();
  });

  it("a young person says how it was; once staff publish it, the offer counts it and its partner reads it in insights", async () => {
    const slug = "code-club-make-your-own-game";
    const comment = "I made my first game and my little brother played it";
    const young = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
    await young.goto(portal(`/offers/${slug}`));
    await young.getByRole("radio", { name: "Loved it" }).check();
    await young.getByLabel("Tell us more (you don’t have to)").fill(comment);
    await young.getByRole("button", { name: "Send", exact: true }).click();
    await young.waitForURL(/feedback=sent/);

    // Nothing shows until a moderator has read it.
    expect(await young.getByText("1 young person loved it").count()).toBe(0);
    const staff = await signInToAdmin(browser, product.adminUrl, "moderator@example.org");
    await staff.waitForURL(`${product.adminUrl}/`);
    await staff.goto(`${product.adminUrl}/voice`);
    const waiting = staff.locator("article", { hasText: comment });
    await waiting.getByRole("button", { name: "Publish", exact: true }).click();
    await expect.poll(() => staff.locator("article", { hasText: comment }).count(), { timeout: 10_000 }).toBe(0);

    // The offer page counts it (no words, nobody named)…
    await expect
      .poll(
        async () => {
          await young.goto(portal(`/offers/${slug}`));
          return young.getByText("1 young person loved it").count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    expect(await young.locator("main").textContent()).not.toContain(comment);
    await expectNoAxeViolations(young);

    // …and the partner reads the count and the comment in the offer's insights.
    const [offer] = await query<{ id: string; organisation_id: string }>(
      "SELECT id, organisation_id FROM offer WHERE slug = $1",
      [slug],
    );
    const partner = await signInToAdmin(browser, product.adminUrl, "partner@example.org");
    await partner.goto(`${product.adminUrl}/organisations/${offer?.organisation_id}/insights?offer=${offer?.id}`);
    const said = partner.locator("section", { has: partner.getByRole("heading", { name: "What young people said" }) });
    await said.getByText("Loved it: 1").waitFor();
    await said.getByText(`“${comment}”`).waitFor();
    await expectNoAxeViolations(partner);
    await young.context().close();
  });

  it("gives real people to contact: partners' page, privacy, accessibility, the report form and every admin page", async () => {
    const page = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
    const expectations: [string, string[]][] = [
      ["/about/for-partners", ["freecity.partners@birmingham.gov.uk", "0121 303 1888", "999"]],
      ["/about/privacy", ["Childline", "0800 1111", "data.protection@birmingham.gov.uk"]],
      ["/about/accessibility", ["freecity.access@birmingham.gov.uk", "0121 303 1111"]],
    ];
    for (const [path, texts] of expectations) {
      await page.goto(portal(path));
      const text = (await page.locator("main").textContent()) ?? "";
      for (const expected of texts) expect(text, `${path} names ${expected}`).toContain(expected);
      expect(text, `${path} has no unfilled placeholder`).not.toContain("{{");
    }
    await page.goto(portal("/offers/christmas-holiday-drama-workshop/report"));
    expect(await page.locator("#details-hint").textContent()).toContain("call Childline free on 0800 1111");
    await page.goto(`${product.adminUrl}/sign-in`);
    const footer = page.locator("footer");
    await footer.getByRole("heading", { name: "Your council contact" }).waitFor();
    expect(await footer.textContent()).toContain("freecity.partners@birmingham.gov.uk");
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it("a saved list is shared as one link (nothing on the server) and prints without the buttons", async () => {
    const page = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
    const slug = "christmas-holiday-drama-workshop";
    await page.goto(portal(`/offers/${slug}`));
    const title = (await page.locator("h1").textContent()) ?? "";
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("button", { name: "Saved", exact: true }).waitFor();
    await page.goto(portal("/saved"));
    const share = page.getByRole("link", { name: "A link to this list, to send to a friend" });
    expect(await share.getAttribute("href")).toBe(`/saved/shared?offers=${slug}`);

    // A friend opens it on another phone, without JavaScript: the list comes from the address alone.
    const friend = await (
      await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false })
    ).newPage();
    await friend.goto(portal(`/saved/shared?offers=${slug},no-such-offer,${"x".repeat(300)}`));
    expect(await friend.locator(".offer-cards h3").allTextContents()).toEqual([title]);
    await friend.context().close();
    // (axe runs in the page's JavaScript, so it checks the shared page in a normal browser.)
    const shared = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
    await shared.goto(portal(`/saved/shared?offers=${slug}`));
    await expectNoAxeViolations(shared);
    await shared.context().close();

    // Printing shows the list, not the buttons.
    await page.emulateMedia({ media: "print" });
    expect(await share.isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Print this list" }).isVisible()).toBe(false);
    expect(await page.locator(".saved-list h2", { hasText: title }).isVisible()).toBe(true);
    await page.context().close();
  });

  it("the new public pages fit a phone and a desktop, axe clean (screenshots for a person)", async () => {
    const screens = path.join(os.tmpdir(), "free-city-screenshots", "i17");
    mkdirSync(screens, { recursive: true });
    const pages: [string, string][] = [
      ["district", "/districts/ladywood"],
      ["pledge", "/pledge"],
      ["organisation", "/organisations/digbeth-makers-collective"],
      ["you-said", "/you-said-we-did"],
      ["saved-shared", "/saved/shared?offers=christmas-holiday-drama-workshop,print-works-youth-theatre"],
    ];
    for (const width of [360, 1280]) {
      const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
      for (const [name, address] of pages) {
        const response = await page.goto(portal(address));
        expect(response?.status(), address).toBe(200);
        await expectNoAxeViolations(page);
        // Nothing wider than the screen (no sideways scrolling on a phone).
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          `${address} at ${width}`,
        ).toBeLessThanOrEqual(width);
        await page.screenshot({ path: path.join(screens, `${name}-${width}.png`), fullPage: true });
      }
      await page.context().close();
    }
    console.log(`Loops screenshots: ${screens}`);
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
