import { performance } from "node:perf_hooks";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, linkFromOutbox as outboxLink, signIn as signInAs, useDemoProduct } from "./harness.ts";

/**
 * Partners in the admin, on the product started like `npm start` (demo data, demo outbox):
 * a first-time partner's whole journey to an offer in review (timed), editing a live offer
 * while the portal keeps the live version, inviting a colleague, importing a spreadsheet with
 * a bad row, keyboard-only offer creation, and axe on every admin page on the way.
 */
describe("partner journeys", () => {
  const demo = useDemoProduct();
  const contexts: BrowserContext[] = [];
  const admin = (path: string) => `${demo.product.adminUrl}${path}`;

  async function newPage(): Promise<Page> {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    return context.newPage();
  }

  const signIn = (page: Page, email: string) => signInAs(page, demo.product.adminUrl, email);
  const linkFromOutbox = (page: Page, to: string, linkPattern: RegExp) =>
    outboxLink(page, demo.product.adminUrl, to, linkPattern);

  it("a first-time partner goes from the sign-in page to an offer in review, and always sees its state", async () => {
    const page = await newPage();
    const started = performance.now();
    await signIn(page, "first.partner@example.org");
    await page.waitForURL(admin("/"));
    expect(await page.locator("h1").textContent()).toBe("Welcome to Free City");
    await expectNoAxeViolations(page);

    // Register the organisation: forgetting the pledge is explained next to the box, and nothing typed is lost.
    await page.getByRole("link", { name: "Register an organisation" }).click();
    await page.getByLabel("Organisation name").fill("Kings Heath Chess Club");
    await page.getByLabel("Sports club").check();
    await page.getByLabel("Website (optional)").fill("not a website");
    await page.getByRole("button", { name: "Register and continue" }).click();
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/pledge/i);
    expect(await page.locator(".field--error").count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByLabel("Organisation name").inputValue()).toBe("Kings Heath Chess Club");
    await expectNoAxeViolations(page);
    await page.getByLabel("Website (optional)").fill("https://khchess.example.org");
    await page.getByLabel("We agree to the Free City partner pledge").check();
    await page.getByRole("button", { name: "Register and continue" }).click();
    await page.waitForURL(/\/organisations\/[^/]+\?registered=1$/);
    const orgUrl = page.url().replace(/\?.*$/, "");
    expect(await page.locator("h1").textContent()).toBe("Offers");
    await expectNoAxeViolations(page);

    // A venue: the postcode typed any old way is tidied, and the district is worked out from it.
    await page.goto(`${orgUrl}/venues/new`);
    await expectNoAxeViolations(page);
    await page.getByLabel("Venue name").fill("Kings Heath Community Centre");
    await page.getByLabel("Address line 1").fill("8 High Street");
    await page.getByLabel("Postcode").fill("b14 7jt");
    await page.getByRole("checkbox", { name: "Step-free access" }).check();
    await page.getByRole("button", { name: "Save venue" }).click();
    await page.waitForURL(/\/venues\?saved=/);
    expect(await page.locator("tbody").textContent()).toContain("B14 7JT");
    await expectNoAxeViolations(page);

    // The offer, section by section.
    await page.goto(`${orgUrl}/offers/new`);
    await page.getByLabel("What is the offer called?").fill("Saturday chess for beginners");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(/\/offers\/[^/]+\?created=1$/);
    const offerUrl = page.url().replace(/\?.*$/, "");
    expect(await page.locator(".task-list .tag").allTextContents()).toEqual([
      "Incomplete",
      "Not started",
      "Not started",
      "Not started",
      "Not started",
      "Not started",
      "Not started",
      "Optional",
    ]);
    await expectNoAxeViolations(page);

    const save = () => page.getByRole("button", { name: "Save and go back to the sections" }).click();
    await page.getByRole("link", { name: "What it is" }).click();
    await page.getByLabel("Summary").fill("Learn to play chess with friendly coaches. Boards and snacks provided.");
    await page.locator(".checkboxes .choice__input").first().check();
    await expectNoAxeViolations(page);
    await save();
    await page.waitForURL(/\?saved=basics$/);

    await page.getByRole("link", { name: "Who it's for" }).click();
    await page.getByLabel("Youngest age").fill("8");
    await page.getByLabel("Oldest age").fill("6");
    await page.getByLabel("Yes, free for everyone it is for").check();
    await save();
    // The oldest age below the youngest: said by the field, nothing lost.
    await page.locator(".error-summary").waitFor();
    expect(await page.locator(".error-summary").textContent()).toContain(
      "The oldest age must be the same as or more than the youngest age",
    );
    expect(await page.getByLabel("Youngest age").inputValue()).toBe("8");
    await expectNoAxeViolations(page);
    await page.getByLabel("Oldest age").fill("16");
    await page.getByLabel("From what age can they come without an adult? (optional)").fill("11");
    await save();
    await page.waitForURL(/\?saved=audience$/);

    await page.getByRole("link", { name: "When it happens" }).click();
    await page.getByLabel("Day").selectOption({ label: "Saturday" });
    await page.getByLabel("Starts").fill("10:00");
    await page.getByLabel("Ends").fill("12:00");
    await expectNoAxeViolations(page);
    await save();
    await page.waitForURL(/\?saved=when$/);

    await page.getByRole("link", { name: "Where it happens" }).click();
    await page.getByLabel("Kings Heath Community Centre").check();
    await save();
    await page.waitForURL(/\?saved=where$/);

    await page.getByRole("link", { name: "How to take it up" }).click();
    await page.getByLabel("They just turn up").check();
    await save();
    await page.waitForURL(/\?saved=take-up$/);

    await page.getByRole("link", { name: "Access and SEND" }).click();
    await page.getByLabel(/welcomes young people with special educational needs/).check();
    await save();
    await page.waitForURL(/\?saved=access$/);

    await page.getByRole("link", { name: "Safeguarding" }).click();
    await page.getByLabel(/up-to-date DBS check/).check();
    await save();
    await page.waitForURL(/\?saved=safeguarding$/);
    expect(await page.locator(".task-list .tag").allTextContents()).toEqual([
      ...Array(7).fill("Completed"),
      "Optional",
    ]);

    // Preview: the words young people will read.
    await page.getByRole("link", { name: "Preview it as young people will see it" }).click();
    const preview = await page.locator(".preview").textContent();
    expect(preview).toContain("Saturday chess for beginners");
    expect(preview).toContain("Saturdays 10:00–12:00");
    expect(preview).toContain("Kings Heath Community Centre");
    await expectNoAxeViolations(page);
    await page.goto(offerUrl);

    await page.getByRole("button", { name: "Submit for review" }).click();
    await page.waitForURL(/\?done=submitted$/);
    expect(await page.locator("h1 + p .tag").first().textContent()).toBe("In review");
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[timing] first-time partner: sign-in page to offer in review in ${seconds.toFixed(1)} s (browser driven, no think time)`,
    );

    await page.goto(orgUrl);
    const row = page.locator("tbody tr", { hasText: "Saturday chess for beginners" });
    expect(await row.locator(".tag").first().textContent()).toBe("In review");
    expect(await row.textContent()).toContain("The council is checking it");
    // The owner got an email saying so (sent by the worker from the job queue, a moment later).
    const email = page.locator(".email", { hasText: "To first.partner@example.org" }).filter({
      hasText: "Saturday chess for beginners",
    });
    const deadline = Date.now() + 15_000;
    await page.goto(admin("/outbox"));
    while ((await email.count()) === 0 && Date.now() < deadline) {
      await page.waitForTimeout(300);
      await page.goto(admin("/outbox"));
    }
    expect(await email.count()).toBeGreaterThan(0);
  });

  it("an edit to a live offer waits for review while the portal keeps showing the live version", async () => {
    const page = await newPage();
    await signIn(page, "partner@example.org");
    await page.waitForURL(/\/organisations\/[^/]+$/);
    const liveRow = page.locator("tbody tr", { has: page.locator(".tag--LIVE") }).first();
    const liveTitle = (await liveRow.locator("a").first().textContent())!;
    await liveRow.locator("a").first().click();
    await page.waitForURL(/\/offers\/[^/?]+$/);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "What it is" }).click();
    await page.getByLabel("Name").fill(`${liveTitle} (new times)`);
    await page.getByRole("button", { name: "Save and go back to the sections" }).click();
    await page.waitForURL(/\?saved=basics$/);
    await page.getByRole("button", { name: "Submit for review" }).click();
    await page.waitForURL(/\?done=submitted$/);
    expect(await page.locator("h1 + p").textContent()).toContain("Change in review");

    // The portal still shows the approved title and not the pending one.
    const portal = await newPage();
    await portal.goto(`${demo.product.portalUrl}/search?q=${encodeURIComponent(liveTitle)}`);
    const titles = await portal.locator(".offer-card__title").allTextContents();
    expect(titles).toContain(liveTitle);
    expect(titles.join("|")).not.toContain("(new times)");
  });

  it("an owner invites a colleague, who signs in from the email and joins", async () => {
    const owner = await newPage();
    await signIn(owner, "partner2@example.org");
    await owner.waitForURL(/\/organisations\/[^/]+$/);
    const orgUrl = owner.url();
    await owner.goto(`${orgUrl}/team`);
    await expectNoAxeViolations(owner);
    await owner.getByLabel("Their email address").fill("new.colleague@example.org");
    await owner.getByRole("button", { name: "Send invitation" }).click();
    await owner.waitForURL(/\/team\?done=invited$/);
    expect(await owner.locator("body").textContent()).toContain("new.colleague@example.org as a member");

    const colleague = await newPage();
    await colleague.goto(await linkFromOutbox(colleague, "new.colleague@example.org", /\/invitations\//));
    expect(await colleague.locator("h1").textContent()).toContain("Join Perry Barr Sports Trust");
    await expectNoAxeViolations(colleague);
    await colleague.getByRole("button", { name: "Send me a sign-in link" }).click();
    await colleague.waitForURL(/\/sign-in\/check-email/);
    await colleague.goto(await linkFromOutbox(colleague, "new.colleague@example.org", /\/api\/auth\/callback\/email/));
    await colleague.waitForURL(/\/invitations\//);
    await colleague.getByRole("button", { name: "Join Perry Barr Sports Trust" }).click();
    await colleague.waitForURL(/\/organisations\/[^/]+\?joined=1$/);
    await owner.reload();
    expect(await owner.locator("tbody").textContent()).toContain("new.colleague@example.org");
  });

  it("imports a spreadsheet: a bad row is reported by row and column and nothing is imported", async () => {
    const page = await newPage();
    await signIn(page, "partner@example.org");
    await page.waitForURL(/\/organisations\/[^/]+$/);
    const orgUrl = page.url();
    const before = await page.locator("tbody tr").count();
    await page.goto(`${orgUrl}/import`);
    await expectNoAxeViolations(page);
    const template = await page.request.get(`${orgUrl}/import/template`);
    expect(template.status()).toBe(200);
    const good = await template.text();
    expect(good.split("\r\n")[0]).toMatch(/^title,summary,description,categories,min_age,max_age,/);
    // The template's example rows import as they are; break the second one's oldest age.
    const csv = good.replace(",7,12,,free-with-condition,", ",7,99,,free-with-condition,");
    expect(csv).not.toBe(good);
    await page
      .locator("#import-file")
      .setInputFiles({ name: "offers.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    const report = page.locator(".error-summary");
    await report.waitFor();
    expect(await report.textContent()).toContain("Nothing has been imported");
    const cells = await report.locator("tbody tr").first().locator("td").allTextContents();
    expect(cells.slice(0, 2)).toEqual(["3", "max_age"]);
    await expectNoAxeViolations(page);

    // The good file imports as drafts, all at once.
    await page
      .locator("#import-file")
      .setInputFiles({ name: "offers.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
    await page.getByRole("button", { name: /^Import 2 offers as drafts$/ }).click();
    await page.getByText("Imported 2 offers as drafts").waitFor();
    await page.goto(orgUrl);
    expect(await page.locator("tbody tr").count()).toBe(before + 2);
  });

  it("creates an offer by keyboard alone, with the focus always visible", async () => {
    const page = await newPage();
    await signIn(page, "partner@example.org");
    await page.waitForURL(/\/organisations\/[^/]+$/);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return { text: "", tag: "BODY", visible: false };
        const style = getComputedStyle(el);
        return {
          text: el.textContent?.trim() ?? "",
          tag: el.tagName,
          visible: style.outlineStyle !== "none" || style.boxShadow !== "none",
        };
      });
    async function tabTo(name: string | RegExp, limit = 60) {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press("Tab");
        const f = await focused();
        if (typeof name === "string" ? f.text === name : name.test(f.text)) {
          expect(f.visible, `focus visible on ${f.text}`).toBe(true);
          return;
        }
      }
      throw new Error(`Could not reach "${name}" with Tab`);
    }
    await tabTo("Add an offer");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/offers\/new$/);
    await tabTo("Back to offers");
    await page.keyboard.press("Tab");
    expect((await focused()).tag).toBe("INPUT");
    await page.keyboard.type("Keyboard club");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\?created=1$/);
    await tabTo("What it is");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/basics$/);
    await tabTo("Back to the sections");
    await page.keyboard.press("Tab"); // Name
    await page.keyboard.press("Tab"); // Summary
    await page.keyboard.type("A club you can join using only your keyboard, for testing.");
    await page.keyboard.press("Tab"); // Description
    await page.keyboard.press("Tab"); // first category
    await page.keyboard.press("Space");
    await tabTo("Save and go back to the sections");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\?saved=basics$/);
    expect(await page.locator(".task-list .tag").first().textContent()).toBe("Completed");
  });

  it("passes axe on the rest of the partner pages", async () => {
    const page = await newPage();
    await signIn(page, "partner@example.org");
    await page.waitForURL(/\/organisations\/[^/]+$/);
    const orgUrl = page.url();
    for (const path of ["/venues", "/venues/new", "/insights", "/team", "/details", "/categories"]) {
      await page.goto(`${orgUrl}${path}`);
      expect(await page.locator("h1").count(), path).toBe(1);
      await expectNoAxeViolations(page);
    }
    await page.goto(orgUrl);
    await page.locator("tbody tr a").first().click();
    await page.waitForURL(/\/offers\/[^/?]+$/);
    const offerUrl = page.url();
    for (const path of ["/preview", "/audience", "/take-up", "/access", "/safeguarding", "/where", "/languages"]) {
      await page.goto(`${offerUrl}${path}`);
      await expectNoAxeViolations(page);
    }
    // A translation is typed in its own language's direction, and read out in its voice.
    expect(await page.getByLabel("Name in Urdu").getAttribute("lang")).toBe("ur");
    expect(await page.getByLabel("Name in Urdu").getAttribute("dir")).toBe("rtl");
    await page.goto(`${orgUrl}/insights`);
    await page.locator("tbody th a").first().click();
    await page.waitForURL(/insights\?offer=/);
    await expectNoAxeViolations(page);
    // Another organisation's pages are simply not there.
    const other = await page.request.get(admin("/organisations/not-my-organisation"));
    expect(other.status()).toBe(404);
  });
});
