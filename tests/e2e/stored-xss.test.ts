import { createPrismaClient, type Database } from "@free-city/db";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejectedEmail } from "../../packages/api/src/email/offer-emails.ts";
import { organisationDecisionEmail, venueDecisionEmail } from "../../packages/api/src/email/review-emails.ts";
import { signIn, useDemoProduct } from "./harness.ts";

/** What each payload does if it ever runs: a call the page hooks record. */
const FIRED = "XSS-FIRED";

/**
 * Elements a payload became (run in the page): any element with the marker in an attribute that
 * runs or loads something (an event handler, an href, a src, a srcdoc, a style), or a script or
 * style element with it in its code. The
 * payloads as text, escaped inside a link or a cell, are what we want; Next's own data scripts
 * (which carry the page's text as JSON) are not markup from a payload.
 */
function injectedElements(marker: string): string[] {
  return [...document.querySelectorAll("*")]
    .filter((el) => {
      // Attributes that run or load something; a form field's value or a meta description holding the text is fine.
      // A link or a source may hold the text URL-encoded in its query (a search link); it may not be a script URL.
      const dangerous = (name: string, value: string) =>
        /^(href|src|action|formaction|xlink:href|data)$/i.test(name)
          ? /^\s*(javascript|vbscript):/i.test(value)
          : /^on|^(srcdoc|style)$/i.test(name) && value.includes(marker);
      if (el.getAttributeNames().some((name) => dangerous(name, el.getAttribute(name) ?? ""))) return true;
      if (el.tagName !== "SCRIPT" && el.tagName !== "STYLE") return false;
      const code = el.textContent ?? "";
      if (!code.includes(marker)) return false;
      // JSON-LD is a data block the browser never runs; it holds the payload as text, safely, as long as the
      // payload did not break out of it (then the block would no longer be whole JSON).
      if (el.getAttribute("type") === "application/ld+json") {
        try {
          JSON.parse(code);
          return false;
        } catch {
          return true;
        }
      }
      return !code.includes("self.__next_f");
    })
    .map((el) => el.outerHTML.slice(0, 200));
}

/** The stored payloads, one per kind of injection. */
const PAYLOADS = [
  `<script>alert('${FIRED}')</script>`,
  `<img src=x onerror="alert('${FIRED}')">`,
  `"><svg onload=alert('${FIRED}')>`,
  `'><iframe srcdoc="<script>parent.alert('${FIRED}')</script>"></iframe>`,
  `javascript:alert('${FIRED}')`,
  `<a href="javascript:console.log('${FIRED}')">link</a>`,
  `[markdown link](javascript:alert('${FIRED}'))`,
  `</textarea></title><script>console.log('${FIRED}')</script>`,
  `{{constructor.constructor('alert("${FIRED}")')()}}`,
  `<style>body{background:url("javascript:alert('${FIRED}')")}</style>`,
] as const;

/** Payload number `i`, made unique to its field so the page text can be checked for it. */
const payload = (i: number, field: string) => `${field} ${PAYLOADS[i % PAYLOADS.length]}`;

/**
 * Stored XSS in a real browser. Payloads go into every partner-editable text field (offer,
 * venue, organisation, a change waiting for review) and every youth-voice field, the listing is
 * approved, and every page that shows them is opened in Chromium: the portal, the admin's review
 * and diff, history, audit log, coverage, youth voice and reports, the outbox and the emails
 * rendered as HTML, and the .ics and CSV downloads. `alert`, `confirm`, `prompt` and `console`
 * are hooked on every page: nothing may run, and the markup must show as text.
 */
describe("stored XSS", () => {
  const demo = useDemoProduct();
  let db: Database;
  const fired: string[] = [];
  let slug = "";
  let venueSlug = "";
  let districtSlug = "";
  let orgId = "";
  let offerId = "";
  let venueId = "";
  let reviewRevisionId = "";
  let districtId = "";
  let photoCount = 0;
  const shown: Record<string, string> = {};

  beforeAll(async () => {
    db = createPrismaClient(demo.product.databaseUrl(), { max: 2 });
    // A partner's live offer, its venue and organisation, as stored by partners (written straight to the rows,
    // as if every check on the way in had been missed: the output must be safe on its own).
    const offer = await db.offer.findFirstOrThrow({
      where: { status: "LIVE", organisation: { memberships: { some: { user: { email: "partner@example.org" } } } } },
      include: { venues: { include: { venue: true } } },
      orderBy: { createdAt: "asc" },
    });
    offerId = offer.id;
    slug = offer.slug;
    orgId = offer.organisationId;
    const venue = offer.venues[0]?.venue;
    if (!venue) throw new Error("The demo offer has no venue");
    venueId = venue.id;
    venueSlug = venue.slug;
    districtId = venue.districtId;
    districtSlug = (await db.district.findUniqueOrThrow({ where: { id: venue.districtId } })).slug;
    const fields = {
      title: payload(0, "T1"),
      summary: payload(1, "S2"),
      description: payload(2, "D3"),
      costCondition: payload(3, "C4"),
      takeUpNotes: payload(4, "N5"),
      accessNotes: payload(5, "A6"),
      safeguardingNotes: payload(6, "G7"),
    };
    Object.assign(shown, fields);
    // The partner's own translation (shown on the page in that language) and the code young people show.
    const translations = {
      ur: { title: payload(1, "L30"), summary: payload(2, "L31"), takeUpNotes: payload(3, "L32") },
    };
    const more = { takeUpMethod: "SHOW_CODE" as const, takeUpCode: "K33 <b>x</b>", translations };
    shown.takeUpCode = more.takeUpCode;
    await db.offer.update({
      where: { id: offer.id },
      data: { ...fields, ...more, costType: "FREE_WITH_CONDITION" },
    });
    const cancelled = new Date(Date.now() + 7 * 86_400_000);
    await db.offerCancellation.create({
      data: { offerId: offer.id, date: new Date(cancelled.toISOString().slice(0, 10)), reason: payload(4, "X34") },
    });
    if (offer.liveRevisionId) {
      const live = await db.offerRevision.findUniqueOrThrow({ where: { id: offer.liveRevisionId } });
      await db.offerRevision.update({
        where: { id: live.id },
        data: { content: { ...(live.content as object), ...fields, ...more, costType: "FREE_WITH_CONDITION" } },
      });
      // The live photos' alt text and captions (the demo gives most live offers a cover).
      photoCount = (
        await db.listingPhoto.updateMany({
          where: { revisionId: live.id },
          data: { altText: payload(5, "P35"), caption: payload(6, "P36") },
        })
      ).count;
      const last = await db.offerRevision.aggregate({ where: { offerId: offer.id }, _max: { number: true } });
      const review = await db.offerRevision.create({
        data: {
          offerId: offer.id,
          number: (last._max.number ?? 1) + 1,
          status: "IN_REVIEW",
          submittedAt: new Date(),
          content: { ...(live.content as object), ...fields, title: payload(7, "R8"), summary: payload(8, "R9") },
        },
      });
      reviewRevisionId = review.id;
      shown.reviewTitle = payload(7, "R8");
    }
    await db.venue.update({
      where: { id: venue.id },
      data: {
        name: payload(1, "V10"),
        addressLine1: payload(2, "V11"),
        addressLine2: payload(7, "V37"),
        town: payload(8, "V38"),
        accessNotes: payload(3, "V12"),
        openingNotes: payload(4, "V13"),
        pendingChanges: {
          name: payload(5, "V14"),
          addressLine1: venue.addressLine1,
          addressLine2: null,
          town: venue.town,
          postcode: venue.postcode,
          districtId: venue.districtId,
          latitude: venue.latitude,
          longitude: venue.longitude,
          phone: null,
          website: null,
          accessFeatures: [],
          accessNotes: payload(6, "V15"),
          openingHours: [],
          openingNotes: "",
        },
        changesSubmittedAt: new Date(),
      },
    });
    shown.venueName = payload(1, "V10");
    await db.organisation.update({
      where: { id: orgId },
      data: {
        name: payload(9, "O16"),
        description: payload(0, "O17"),
        pendingProfile: {
          name: payload(2, "O18"),
          website: null,
          publicEmail: null,
          publicPhone: null,
          description: payload(3, "O19"),
        },
        profileSubmittedAt: new Date(),
      },
    });
    shown.orgName = payload(9, "O16");
    // Youth voice: a published reaction, a waiting suggestion, an open report, a published answer.
    await db.feedback.create({
      data: {
        kind: "REACTION",
        offerId: offer.id,
        reaction: "LOVED_IT",
        comment: payload(4, "Y20"),
        status: "PUBLISHED",
      },
    });
    await db.feedback.create({
      data: { kind: "SUGGESTION", comment: payload(5, "Y21"), districtId: venue.districtId },
    });
    await db.report.create({ data: { offerId: offer.id, reason: "OTHER", details: payload(6, "Y22") } });
    await db.youSaidWeDid.create({
      data: { youSaid: payload(7, "Y23"), weDid: payload(8, "Y24"), publishedAt: new Date() },
    });
    await db.auditEvent.create({
      data: {
        actorLabel: payload(9, "U25"),
        action: "offer.section_saved",
        entityType: "offer",
        entityId: offer.id,
        organisationId: orgId,
        after: { title: payload(0, "U26") },
      },
    });
    // Emails built by the product's own templates with the payloads, as the outbox keeps them.
    for (const email of [
      rejectedEmail({
        title: shown.title!,
        organisationName: shown.orgName!,
        reason: payload(1, "E27"),
        editUrl: "http://x/",
      }),
      venueDecisionEmail({
        venueName: shown.venueName!,
        outcome: "REJECTED",
        isChange: true,
        reason: payload(2, "E28"),
        editUrl: "http://x/",
      }),
      organisationDecisionEmail({
        organisationName: shown.orgName!,
        decision: "rejected",
        reason: payload(3, "E29"),
        url: "http://x/",
      }),
    ])
      await db.outboxEmail.create({ data: { to: "partner@example.org", ...email } });
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  async function hookedContext(): Promise<BrowserContext> {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.exposeFunction("__xssFired", (what: string) => fired.push(what));
    await context.addInitScript(() => {
      const report =
        (kind: string) =>
        (...args: unknown[]) => {
          (window as unknown as { __xssFired: (s: string) => void }).__xssFired(`${kind}: ${args.join(" ")}`);
        };
      window.alert = report("alert");
      window.confirm = report("confirm") as unknown as typeof window.confirm;
      window.prompt = report("prompt") as unknown as typeof window.prompt;
      const log = console.log.bind(console);
      console.log = (...args: unknown[]) => {
        if (args.join(" ").includes("XSS-FIRED")) report("console.log")(...args);
        log(...args);
      };
    });
    return context;
  }

  async function signedIn(email: string): Promise<Page> {
    const page = await (await hookedContext()).newPage();
    page.on("dialog", (d) => {
      fired.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await signIn(page, demo.product.adminUrl, email);
    await page.waitForLoadState("networkidle");
    return page;
  }

  /** Opens a page, waits for it to settle, and checks that no payload ran and none became markup. */
  async function check(page: Page, url: string, expectText: string[] = []) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBeLessThan(400);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300);
    // Every <details> open, so text inside them is rendered too.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll("details")) d.open = true;
    });
    const injected = await page.evaluate(injectedElements, FIRED);
    expect(injected, `${url} turned a payload into markup`).toEqual([]);
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is what a person sees; textContent would also read the text of <script> elements
    const text = await page.evaluate(() => document.body.innerText);
    for (const t of expectText) expect(text, `${url} should show "${t}" as text`).toContain(t);
    expect(fired, `a payload ran on ${url}`).toEqual([]);
  }

  it("runs nothing on the portal, and shows the markup as text", async () => {
    const page = await (await hookedContext()).newPage();
    page.on("dialog", (d) => {
      fired.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    const portal = demo.product.portalUrl;
    await check(page, `${portal}/offers/${slug}`, [
      shown.title!,
      shown.summary!,
      shown.description!,
      shown.takeUpCode!,
      ...(photoCount > 0 ? [payload(6, "P36")] : []),
    ]);
    await check(page, `${portal}/venues/${venueSlug}`, [shown.venueName!, payload(7, "V37"), payload(8, "V38")]);
    await check(page, `${portal}/districts/${districtSlug}`);
    await check(page, `${portal}/search?q=T1`, [shown.title!]);
    await check(page, `${portal}/search?q=${encodeURIComponent(PAYLOADS[1])}`);
    await check(page, `${portal}/you-said-we-did`, [payload(7, "Y23")]);
    await check(page, `${portal}/ur/offers/${slug}`, [payload(1, "L30"), payload(2, "L31"), payload(3, "L32")]);
    // The calendar file is a calendar, never a page, and each payload stays inside its own property.
    const ics = await page.request.get(`${portal}/offers/${slug}/calendar`);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    const body = await ics.text();
    expect(body).toContain("SUMMARY:T1 <script>alert('XSS-FIRED')</script>");
    expect(
      body
        .split("\r\n")
        .filter((l) => /^(BEGIN|END):/.test(l) && !/V(CALENDAR|EVENT|TIMEZONE)|DAYLIGHT|STANDARD/.test(l)),
    ).toEqual([]);
  });

  it("runs nothing in the admin: review, diff, history, audit, coverage, youth voice, reports, outbox, emails", async () => {
    const moderator = await signedIn("moderator@example.org");
    const admin = demo.product.adminUrl;
    await check(moderator, `${admin}/review`, [shown.reviewTitle!]);
    await check(moderator, `${admin}/review/offers/${reviewRevisionId}`, [shown.reviewTitle!, shown.title!]);
    await check(moderator, `${admin}/review/history/${offerId}`);
    await check(moderator, `${admin}/review/venues/${venueId}`, [shown.venueName!, payload(5, "V14")]);
    await check(moderator, `${admin}/review/organisations/${orgId}`, [shown.orgName!, payload(2, "O18")]);
    await check(moderator, `${admin}/audit`, [payload(9, "U25")]);
    await check(moderator, `${admin}/coverage`);
    await check(moderator, `${admin}/coverage/districts/${districtId}`, [shown.venueName!]);
    await check(moderator, `${admin}/voice`, [payload(5, "Y21")]);
    await check(moderator, `${admin}/reports`, [payload(6, "Y22")]);
    await check(moderator, `${admin}/outbox`, [payload(1, "E27")]);
    // Each email's HTML, rendered as a mail client would.
    const emails = await db.outboxEmail.findMany({ where: { to: "partner@example.org", html: { contains: "XSS" } } });
    expect(emails.length).toBeGreaterThanOrEqual(3);
    for (const email of emails) {
      await moderator.setContent(email.html ?? "");
      await moderator.waitForTimeout(200);
      const injected = await moderator.evaluate(injectedElements, FIRED);
      expect(injected, email.subject).toEqual([]);
      // biome-ignore lint/performance/useDomNodeTextContent: innerText is the visible text, not script contents
      expect(await moderator.evaluate(() => document.body.innerText)).toMatch(/<(script|img|svg|iframe|style)\b/);
    }
    // The coverage CSV is a download, never a page.
    const csv = await moderator.request.get(`${admin}/coverage/export`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toContain("attachment");
    expect(fired).toEqual([]);
  });

  it("runs nothing on the partner's own pages, and the import template is a CSV download", async () => {
    const partner = await signedIn("partner@example.org");
    const admin = demo.product.adminUrl;
    await check(partner, `${admin}/organisations/${orgId}`, [shown.orgName!]);
    await check(partner, `${admin}/organisations/${orgId}/offers/${offerId}`);
    await check(partner, `${admin}/organisations/${orgId}/offers/${offerId}/preview`);
    // Every section's form, holding the stored text as its fields' values, and the photos page.
    for (const section of ["basics", "audience", "when", "take-up", "access", "safeguarding", "languages"])
      await check(partner, `${admin}/organisations/${orgId}/offers/${offerId}/${section}`);
    await check(partner, `${admin}/organisations/${orgId}/offers/${offerId}/photos`);
    await check(partner, `${admin}/organisations/${orgId}/venues`, [shown.venueName!]);
    await check(partner, `${admin}/organisations/${orgId}/venues/${venueId}`);
    await check(partner, `${admin}/organisations/${orgId}/details`);
    const template = await partner.request.get(`${admin}/organisations/${orgId}/import/template`);
    expect(template.headers()["content-type"]).toContain("text/csv");
    expect(template.headers()["content-disposition"]).toContain("attachment");
    expect(fired).toEqual([]);
  });
});
