import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, signInToAdmin, useDemoProduct } from "./harness.ts";

/**
 * Council staff on the product started like `npm start`: a moderator reviews a partner's edit to
 * a live offer with its field-by-field diff and asks for changes; the partner reads the reason
 * where they edit, fixes it and sends it again; the moderator approves and the portal shows the
 * new text. Suspending an organisation takes its offers off the portal.
 */
describe("moderation journeys", () => {
  const demo = useDemoProduct();
  const admin = (path: string) => `${demo.product.adminUrl}${path}`;

  const signedIn = (email: string) => signInToAdmin(demo.browser, demo.product.adminUrl, email);

  it("an edit goes back and forth with a reason, then goes live on the portal", async () => {
    const moderator = await signedIn("moderator@example.org");
    await moderator.waitForURL(admin("/"));
    expect(await moderator.locator("h1").textContent()).toBe("Council staff");
    await expectNoAxeViolations(moderator);
    await moderator.getByRole("link", { name: /edits to live offers/ }).click();
    await moderator.waitForURL(/\/review\?kind=edit$/);
    await expectNoAxeViolations(moderator);
    const item = moderator.locator("tbody tr", { hasText: "Digbeth Makers Collective" }).first().locator("a");
    await item.click();
    await moderator.waitForURL(/\/review\/offers\//);
    const reviewUrl = moderator.url();
    const title = (await moderator.locator("h1").textContent())!;
    // The diff: the live version beside the proposed one, for the changed fields only.
    expect(await moderator.locator(".diff thead").textContent()).toContain("Live now");
    expect(await moderator.locator(".diff tbody tr").count()).toBeGreaterThan(0);
    await expectNoAxeViolations(moderator);
    await moderator.getByRole("button", { name: "Start reviewing" }).click();
    await moderator.waitForURL(/\?claimed=1$/);
    await moderator.getByRole("radio", { name: "Ask for changes" }).check();
    await moderator.getByRole("button", { name: "Send decision" }).click();
    // No reason: said by the form, nothing sent.
    await moderator.locator(".error-summary").waitFor();
    expect(await moderator.locator(".error-summary").textContent()).toContain("Give a reason");
    await moderator.getByRole("textbox", { name: /Reason/ }).fill("Please say which room it is in.");
    await moderator.getByRole("button", { name: "Send decision" }).click();
    await moderator.waitForURL(/\/review\?done=changes_requested$/);

    // The partner sees the reason where they edit, fixes it and sends it again.
    const partner = await signedIn("partner@example.org");
    await partner.waitForURL(/\/organisations\/[^/]+$/);
    const row = partner.locator("tbody tr", { hasText: "Please say which room it is in." });
    expect(await row.count()).toBe(1);
    await row.locator("a").first().click();
    await partner.waitForURL(/\/offers\/[^/?]+$/);
    expect(await partner.locator(".banner--warning").textContent()).toContain("Please say which room it is in.");
    await partner.getByRole("link", { name: "What it is" }).click();
    expect(await partner.locator(".banner--warning").textContent()).toContain("Please say which room it is in.");
    await partner.getByLabel("Summary").fill("Now in Room 4, up the stairs on the left. Same free fun with code.");
    await partner.getByRole("button", { name: "Save and go back to the sections" }).click();
    await partner.waitForURL(/\?saved=basics$/);
    await partner.getByRole("button", { name: "Submit for review" }).click();
    await partner.waitForURL(/\?done=submitted$/);

    // The moderator approves the new version; the portal shows it.
    await moderator.goto(admin("/review?kind=edit"));
    await moderator.locator("tbody tr", { hasText: title }).first().locator("a").click();
    await moderator.waitForURL(/\/review\/offers\//);
    expect(moderator.url()).not.toBe(reviewUrl);
    expect(await moderator.locator(".diff").textContent()).toContain("Now in Room 4");
    await moderator.getByRole("radio", { name: /^Approve the change/ }).check();
    await moderator.getByRole("button", { name: "Send decision" }).click();
    await moderator.waitForURL(/\/review\?done=approved$/);

    const portal = await (await demo.browser.newContext()).newPage();
    await portal.goto(`${demo.product.portalUrl}/search?q=${encodeURIComponent(title)}`);
    expect(await portal.locator("main").textContent()).toContain("Now in Room 4");
  });

  it("suspending an organisation takes its offers off the portal, and lifting it brings them back", async () => {
    const portal = await (await demo.browser.newContext()).newPage();
    // Perry Barr Sports Trust's "Indoor Cricket Nets" (demo data).
    const count = async () => {
      await portal.goto(`${demo.product.portalUrl}/search?q=${encodeURIComponent("Indoor Cricket Nets")}`);
      return portal.locator(".offer-card__title", { hasText: "Indoor Cricket Nets" }).count();
    };
    expect(await count()).toBeGreaterThan(0);
    const admin1 = await signedIn("admin@example.org");
    await admin1.waitForURL(admin("/"));
    // The organisation's id, from its owner's own page.
    const partner2 = await signedIn("partner2@example.org");
    await partner2.waitForURL(/\/organisations\/[^/]+$/);
    const id = partner2.url().split("/").pop()!;
    await admin1.goto(admin(`/review/organisations/${id}`));
    await expectNoAxeViolations(admin1);
    await admin1.getByText("Suspend this organisation").click();
    await admin1.getByLabel("Reason", { exact: true }).fill("Checking a safeguarding complaint");
    await admin1.getByRole("button", { name: "Suspend", exact: true }).click();
    await admin1.waitForURL(/\?done=suspend$/);
    expect(await count()).toBe(0);
    // The partner sees why, and can change nothing.
    await partner2.reload();
    expect(await partner2.locator(".banner--warning").textContent()).toContain("Checking a safeguarding complaint");
    expect(await partner2.getByRole("link", { name: "Add an offer" }).count()).toBe(0);

    await admin1.getByLabel("Reason for lifting it").fill("Complaint looked into and closed");
    await admin1.getByRole("button", { name: "Lift the suspension" }).click();
    await admin1.waitForURL(/\?done=unsuspend$/);
    expect(await count()).toBeGreaterThan(0);
  });

  it("a young person's idea reaches staff, who answer it in You said, we did; reports, youth voice and the audit log pass axe", async () => {
    const young = await (await demo.browser.newContext()).newPage();
    await young.goto(`${demo.product.portalUrl}/suggest`);
    await young.getByLabel("What would you like to do?").fill("A free skate park session in Hodge Hill");
    await young.getByRole("button", { name: "Send idea" }).click();
    await young.waitForURL(/sent=sent/);

    const moderator = await signedIn("moderator@example.org");
    await moderator.waitForURL(admin("/"));
    await moderator.getByRole("link", { name: "Youth voice" }).click();
    await moderator.waitForURL(/\/voice$/);
    await expectNoAxeViolations(moderator);
    const idea = moderator.locator("article", { hasText: "A free skate park session in Hodge Hill" });
    expect(await idea.count()).toBe(1);
    await idea.getByRole("button", { name: "Hide" }).click();
    await moderator.waitForFunction(() => !document.body.textContent?.includes("Waiting (1)"));
    await moderator.getByLabel("You said").fill("A free skate park session in Hodge Hill");
    await moderator.getByLabel("We did").fill("We asked two skate parks; one starts free Saturday sessions in March.");
    await moderator.getByRole("button", { name: "Publish on the portal" }).click();
    await moderator.getByText("Published. It is on the portal").waitFor();

    await young.goto(`${demo.product.portalUrl}/you-said-we-did`);
    expect(await young.locator("main").textContent()).toContain("one starts free Saturday sessions in March");

    for (const path of ["/reports", "/audit", "/audit?action=you_said_we_did"]) {
      await moderator.goto(admin(path));
      await expectNoAxeViolations(moderator);
    }
    expect(await moderator.locator("tbody").textContent()).toContain("you_said_we_did.published");
  });

  it("shows the council where the offer is thin, and gives administrators their tools (axe on each page)", async () => {
    const admin1 = await signedIn("admin@example.org");
    await admin1.waitForURL(admin("/"));
    await admin1.getByRole("link", { name: "Coverage" }).click();
    await admin1.waitForURL(/\/coverage$/);
    expect(await admin1.locator(".coverage tbody tr").count()).toBe(10);
    expect(await admin1.locator(".coverage__thin").count()).toBeGreaterThan(0);
    await expectNoAxeViolations(admin1);
    const csv = await admin1.request.get(admin("/coverage/export?view=weekends&band=11-15"));
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.text()).split("\r\n")[0]).toBe(
      "district,category,view,ages,live offers,weekly sessions,city median (live offers),thin",
    );
    await admin1.goto(admin("/coverage?view=holidays&band=5-10"));
    await expectNoAxeViolations(admin1);
    await admin1.locator(".coverage tbody th a").first().click();
    await admin1.waitForURL(/\/coverage\/districts\//);
    await expectNoAxeViolations(admin1);
    for (const path of ["/taxonomy", "/staff"]) {
      await admin1.goto(admin(path));
      expect(await admin1.locator("h1").count(), path).toBe(1);
      await expectNoAxeViolations(admin1);
    }
    // Moderators review; they don't manage staff or categories.
    const moderator = await signedIn("moderator@example.org");
    await moderator.waitForURL(admin("/"));
    expect((await moderator.goto(admin("/staff")))?.status()).toBe(404);
    expect((await moderator.goto(admin("/taxonomy")))?.status()).toBe(404);
  });

  it("checks a new venue, reads an offer's version history and filters the queue by organisation (axe on each)", async () => {
    const moderator = await signedIn("moderator@example.org");
    await moderator.waitForURL(admin("/"));
    await moderator.goto(admin("/review?kind=venue"));
    await moderator.locator("tbody tr a").first().click();
    await moderator.waitForURL(/\/review\/venues\//);
    await expectNoAxeViolations(moderator);
    await moderator.getByRole("radio", { name: /^Approve/ }).check();
    await moderator.getByRole("button", { name: "Send decision" }).click();
    await moderator.waitForURL(/done=venue-approved$/);

    await moderator.goto(admin("/review?kind=edit"));
    await moderator.locator("tbody tr a").first().click();
    await moderator.getByRole("link", { name: "Version history of this offer" }).click();
    await moderator.waitForURL(/\/review\/history\//);
    expect(await moderator.locator(".versions li").count()).toBeGreaterThan(0);
    await expectNoAxeViolations(moderator);

    await moderator.goto(admin("/review"));
    await moderator.getByLabel("Organisation").selectOption({ label: "Digbeth Makers Collective" });
    await moderator.getByRole("button", { name: "Show" }).click();
    await moderator.waitForURL(/organisation=/);
    const organisations = await moderator.locator("tbody td[data-label=Organisation]").allTextContents();
    expect(organisations.length).toBeGreaterThan(0);
    expect(new Set(organisations)).toEqual(new Set(["Digbeth Makers Collective"]));
    await expectNoAxeViolations(moderator);
  });

  it("keeps staff pages from partners", async () => {
    const partner = await signedIn("partner@example.org");
    await partner.waitForURL(/\/organisations\/[^/]+$/);
    const response = await partner.goto(admin("/review"));
    expect(response?.status()).toBe(404);
  });
});
