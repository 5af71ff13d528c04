import http from "node:http";
import exifr from "exifr";
import pg from "pg";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
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
const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

const APPROVED_ALT = "Two paintbrushes and a pot of blue paint on a wooden table";
const TURNED_DOWN_ALT = "A sunny room with chairs set out in a circle";
const REASON = "Please send a photo taken inside the room where it happens.";

/** A JPEG as a phone makes it: with the camera's make and model, and where it was taken (GPS). */
async function phoneJpeg(background = "#d9c7a3"): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
    <rect width="1200" height="900" fill="${background}"/>
    <rect x="100" y="500" width="1000" height="60" fill="#7a5230"/>
    <rect x="300" y="260" width="40" height="260" rx="10" fill="#e34"/>
    <rect x="420" y="240" width="40" height="280" rx="10" fill="#2a6"/>
    <circle cx="760" cy="430" r="110" fill="#2257c8"/>
  </svg>`;
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "PhonyPhone", Model: "PP 12", Software: "Camera 1.0" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "52/1 28/1 4000/100",
        GPSLongitudeRef: "W",
        GPSLongitude: "1/1 53/1 3000/100",
      },
    })
    .toBuffer();
}

async function roomPng(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600">
    <rect width="900" height="600" fill="#fff3b0"/>
    ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${120 + i * 110}" y="${330 + (i % 2) * 30}" width="70" height="90" rx="8" fill="#335c67"/>`).join("")}
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Adds up the page's layout shifts (CLS) as `window.cls`, from each new document on. */
function watchLayoutShifts() {
  (window as unknown as { cls: number }).cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
    }
  }).observe({ type: "layout-shift", buffered: true });
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { cls: number }).cls);

/**
 * Photos on the product started like `npm start`: a partner on a phone adds two photos to a live
 * offer (one with GPS in it), a moderator approves one and turns the other down, and the portal
 * shows the approved one with no metadata in any file it serves; drafts and other paths are
 * unreachable; the results page stays light and doesn't jump.
 */
describe("photos", () => {
  let product: Product;
  let browser: Browser;
  let db: pg.Client;
  const admin = (path: string) => `${product.adminUrl}${path}`;
  const portal = (path: string) => `${product.portalUrl}${path}`;

  beforeAll(async () => {
    product = await startProduct({ ports });
    browser = await launchBrowser();
    db = new pg.Client({ connectionString: product.databaseUrl() });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await browser?.close();
    await product?.stop();
  });

  async function photoByAlt(altText: string) {
    const { rows } = await db.query<{ hash: string; variants: { width: number; format: string; bytes: number }[] }>(
      `SELECT p.hash, p.variants FROM photo p JOIN listing_photo lp ON lp.photo_id = p.id WHERE lp.alt_text = $1 LIMIT 1`,
      [altText],
    );
    expect(rows[0], `a stored photo described "${altText}"`).toBeDefined();
    return rows[0]!;
  }

  async function addPhoto(
    page: Page,
    file: { name: string; mimeType: string; buffer: Buffer },
    alt: string,
    people: RegExp,
  ) {
    // From the page's own address, so the wait below is for this upload's answer.
    await page.goto(page.url().replace(/\?.*$/, ""));

    await page.locator("#photo-file").setInputFiles(file);
    await page.getByLabel("Describe the photo (alt text)").fill(alt);
    await page.getByRole("radio", { name: people }).check();
    // What the status line said while sending (kept across the page's reload).
    await page.evaluate(() => {
      const status = document.querySelector(".upload-status");
      if (!status) return;
      sessionStorage.setItem("upload-status", "");
      new MutationObserver(() =>
        sessionStorage.setItem("upload-status", `${sessionStorage.getItem("upload-status")}|${status.textContent}`),
      ).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await page.getByRole("button", { name: "Add photo" }).click();
    await page.waitForURL(/\?added=1$/);
    const said = await page.evaluate(() => sessionStorage.getItem("upload-status") ?? "");
    expect(said).toMatch(/Sending|Processing the photo/);
  }

  it("a partner on a phone adds two photos, a moderator approves one and turns down the other, the portal shows it without metadata", async () => {
    // A live Digbeth Makers Collective offer with no change open.
    const { rows } = await db.query<{ id: string; slug: string; title: string; organisation_id: string }>(
      `SELECT o.id, o.slug, o.title, o.organisation_id FROM offer o JOIN organisation g ON g.id = o.organisation_id
        WHERE g.slug = 'digbeth-makers-collective' AND o.status = 'LIVE'
          AND NOT EXISTS (SELECT 1 FROM offer_revision r WHERE r.offer_id = o.id AND r.status IN ('DRAFT','IN_REVIEW','CHANGES_REQUESTED'))
        ORDER BY (SELECT count(*) FROM listing_photo lp WHERE lp.revision_id = o.live_revision_id), o.slug LIMIT 1`,
    );
    const offer = rows[0]!;
    expect(offer).toBeDefined();
    const jpeg = await phoneJpeg();
    const gps = await exifr.gps(jpeg);
    expect(gps?.latitude, "the test photo carries GPS").toBeCloseTo(52.4778, 3);

    // The partner, on a phone.
    const partner = await signInToAdmin(browser, product.adminUrl, "partner@example.org", PHONE);
    await partner.waitForURL(/\/organisations\/[^/]+$/);
    await partner.goto(admin(`/organisations/${offer.organisation_id}/offers/${offer.id}`));
    await partner.getByRole("link", { name: "Add or change photos" }).click();
    await partner.waitForURL(/\/photos$/);
    await expectNoAxeViolations(partner);
    const before = await partner.locator(".photo-list__item").count();

    // Alt text that is only "photo of" is refused, and nothing is stored.
    await partner.locator("#photo-file").setInputFiles({ name: "IMG_0001.jpg", mimeType: "image/jpeg", buffer: jpeg });
    await partner.getByLabel("Describe the photo (alt text)").fill("Photo of");
    await partner.getByRole("radio", { name: /No, nobody can be recognised/ }).check();
    await partner.getByRole("button", { name: "Add photo" }).click();
    await partner.locator(".error-summary").waitFor();
    expect(await partner.locator(".error-summary").textContent()).toMatch(/photo of/i);
    await expectNoAxeViolations(partner);

    // A failed network call, a cancelled upload and a body cut off half-way leave nothing saved.
    const storedPhotos = async () => (await db.query("SELECT id FROM photo")).rowCount;
    const photosBefore = await storedPhotos();
    const upload = (url: URL) => url.pathname === "/api/photos/upload";
    const tryUpload = async () => {
      await partner.goto(partner.url().replace(/\?.*$/, ""));
      await partner
        .locator("#photo-file")
        .setInputFiles({ name: "IMG_0001.jpg", mimeType: "image/jpeg", buffer: jpeg });
      await partner.getByLabel("Describe the photo (alt text)").fill(APPROVED_ALT);
      await partner.getByRole("radio", { name: /No, nobody/ }).check();
      await partner.getByRole("button", { name: "Add photo" }).click();
    };
    await partner.route(upload, (route) => route.abort("failed"));
    await tryUpload();
    await partner.getByText("The connection failed, so nothing was saved.").waitFor();
    await partner.unroute(upload);
    // The request never gets an answer (a stalled connection): the partner presses Cancel.
    await partner.route(upload, () => undefined);
    await tryUpload();
    await partner.getByRole("button", { name: "Cancel", exact: true }).click();
    await partner.getByText("Upload cancelled. Nothing was saved.").waitFor();
    await partner.unroute(upload);
    // The server's side: a signed-in partner's upload whose connection drops half-way.
    const cookie = (await partner.context().cookies(product.adminUrl)).map((c) => `${c.name}=${c.value}`).join("; ");
    const boundary = "----free-city-test";
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="altText"\r\n\r\n${APPROVED_ALT}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="people"\r\n\r\nNONE\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="IMG_0001.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      jpeg,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const cutOff = new URL(
      admin(`/api/photos/upload?${new URLSearchParams({ organisationId: offer.organisation_id, offerId: offer.id })}`),
    );
    await new Promise<void>((resolve) => {
      const request = http.request(cutOff, {
        method: "POST",
        headers: {
          Cookie: cookie,
          Origin: product.adminUrl,
          Accept: "application/json",
          "Content-Type": `multipart/form-data; boundary=${boundary}`,
          "Content-Length": String(body.length),
        },
      });
      request.on("error", () => resolve());
      request.on("close", () => resolve());
      request.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => request.destroy(), 500));
    });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await storedPhotos(), "no photo saved by a failed, cancelled or cut-off upload").toBe(photosBefore);
    expect(await partner.locator(".photo-list__item").count()).toBe(before);

    await addPhoto(partner, { name: "IMG_0001.jpg", mimeType: "image/jpeg", buffer: jpeg }, APPROVED_ALT, /No, nobody/);
    await addPhoto(
      partner,
      { name: "room.png", mimeType: "image/png", buffer: await roomPng() },
      TURNED_DOWN_ALT,
      /Yes, and everyone/,
    );
    expect(await partner.locator(".photo-list__item").count()).toBe(before + 2);
    await expectNoAxeViolations(partner);
    await partner.screenshot({ path: "/tmp/photos-admin-360.png", fullPage: true });

    // Drafts: the admin shows them to the organisation's members; the portal does not serve them.
    const approved = await photoByAlt(APPROVED_ALT);
    const turnedDown = await photoByAlt(TURNED_DOWN_ALT);
    for (const photo of [approved, turnedDown]) {
      expect((await partner.request.get(admin(`/photos/${photo.hash}/320.jpg`))).status()).toBe(200);
      expect((await fetch(portal(`/photos/${photo.hash}/320.jpg`))).status).toBe(404);
    }
    // The stored files carry no GPS, already in the admin's copy.
    const draftFile = Buffer.from(await (await partner.request.get(admin(`/photos/${approved.hash}/320.jpg`))).body());
    expect(await exifr.gps(draftFile).catch(() => undefined)).toBeUndefined();

    await partner.goto(admin(`/organisations/${offer.organisation_id}/offers/${offer.id}`));
    await partner.getByRole("button", { name: "Submit for review" }).click();
    await partner.waitForURL(/\?done=submitted$/);

    // The moderator.
    const moderator = await signInToAdmin(browser, product.adminUrl, "moderator@example.org", DESKTOP);
    await moderator.waitForURL(admin("/"));
    await moderator.goto(admin("/review?kind=edit"));
    await moderator.locator("tbody tr", { hasText: offer.title }).first().locator("a").first().click();
    await moderator.waitForURL(/\/review\/offers\/[^/?]+$/);
    await moderator.getByRole("button", { name: "Start reviewing" }).click();
    await moderator.waitForURL(/\?claimed=1$/);
    const photos = moderator.locator("section[aria-labelledby='photos-title']");
    expect(await photos.textContent()).toContain(APPROVED_ALT);
    expect(await photos.textContent()).toContain("People can be recognised: the partner says everyone agreed");
    await expectNoAxeViolations(moderator);
    const item = photos.locator(".photo-list__item", { hasText: TURNED_DOWN_ALT });
    await item.getByRole("textbox", { name: /Why turn down photo/ }).fill(REASON);
    await item.getByRole("button", { name: /Turn down photo/ }).click();
    await moderator.waitForURL(/photo=rejected/);
    expect(await photos.locator(".photo-list__item", { hasText: TURNED_DOWN_ALT }).textContent()).toContain(REASON);
    await expectNoAxeViolations(moderator);
    await moderator.getByRole("radio", { name: /^Approve the change/ }).check();
    await moderator.getByRole("button", { name: "Send decision" }).click();
    await moderator.waitForURL(/\/review\?done=approved$/);

    // The partner reads why one photo was turned down.
    await partner.goto(admin(`/organisations/${offer.organisation_id}/offers/${offer.id}/photos`));
    expect(await partner.locator(".banner--warning").textContent()).toContain(REASON);

    // The portal shows the approved photo, not the other.
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.addInitScript(watchLayoutShifts);
    const photoLoaded = () =>
      page.waitForFunction((alt) => {
        const img = document.querySelector<HTMLImageElement>(`img[alt="${alt}"]`);
        return img?.complete && img.naturalWidth > 0;
      }, APPROVED_ALT);
    await page.goto(portal(`/offers/${offer.slug}`));
    await page.getByRole("img", { name: APPROVED_ALT }).waitFor();
    expect(await page.getByRole("img", { name: TURNED_DOWN_ALT }).count()).toBe(0);
    await photoLoaded();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "/tmp/photos-offer-360.png", fullPage: false });
    const offerCls360 = await layoutShift(page);
    await page.setViewportSize(DESKTOP);
    await page.reload();
    await page.getByRole("img", { name: APPROVED_ALT }).waitFor();
    await photoLoaded();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "/tmp/photos-offer-1280.png", fullPage: false });
    const offerCls1280 = await layoutShift(page);
    console.log(
      `offer page with the approved photo: CLS ${offerCls360.toFixed(4)} at 360 px, ${offerCls1280.toFixed(4)} at 1280 px`,
    );
    expect(offerCls360).toBeLessThan(0.1);
    expect(offerCls1280).toBeLessThan(0.1);

    // Every file served of it: no EXIF, no GPS, no camera; a year's immutable caching.
    expect(approved.variants.length).toBeGreaterThanOrEqual(6);
    for (const variant of approved.variants) {
      const response = await fetch(portal(`/photos/${approved.hash}/${variant.width}.${variant.format}`));
      expect(response.status, `${variant.width}.${variant.format}`).toBe(200);
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("set-cookie")).toBeNull();
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.byteLength).toBe(variant.bytes);
      const tags = await exifr
        .parse(body, { tiff: true, ifd0: {}, gps: true, exif: true, xmp: true, icc: false })
        .catch(() => undefined);
      expect(tags, `metadata in ${variant.width}.${variant.format}`).toBeUndefined();
      const meta = await sharp(body).metadata();
      expect(meta.exif, `${variant.width}.${variant.format}`).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(body.includes(Buffer.from("PhonyPhone"))).toBe(false);
    }
    // The photo turned down stays off the portal.
    expect((await fetch(portal(`/photos/${turnedDown.hash}/320.jpg`))).status).toBe(404);

    // Nothing in the address reaches another file.
    for (const path of [
      "/photos/..%2f..%2fetc/passwd",
      "/photos/..%2F..%2F..%2Fpackage.json",
      "/photos/%2e%2e/%2e%2e/etc/passwd",
      `/photos/${approved.hash}/..%2f..%2f..%2fpackage.json`,
      `/photos/${approved.hash}/%2e%2e%2f%2e%2e%2fdemo-photos.json`,
      `/photos/${approved.hash}/320.jpg%00.txt`,
      `/photos/${approved.hash}/320.gif`,
      `/photos/${approved.hash.toUpperCase()}/320.jpg`,
      `/photos/${approved.hash}/..%5c..%5cpostgres-password`,
      "/photos/%2fetc%2fpasswd/320.jpg",
    ]) {
      const response = await fetch(portal(path), { redirect: "manual" });
      expect(response.status, path).toBe(404);
      const text = await response.text();
      expect(text, path).not.toMatch(/root:|"name": "free-city"|postgres/);
    }
  }, 300_000); // a long journey (two people, six uploads tried), on a shared 2-core machine

  it("the results page at 360 px: 20 cards with cover photos, no layout shift, and few bytes of images", async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.addInitScript(watchLayoutShifts);
    const images = new Map<string, number>();
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "image") return;
      const body = await response.body().catch(() => null);
      images.set(response.url(), body?.byteLength ?? 0);
    });
    await page.goto(portal("/search"));
    expect(await page.locator(".offer-card").count()).toBe(20);
    const covers = await page.locator(".offer-card img.photo").count();
    expect(covers).toBeGreaterThan(10);
    await expectNoAxeViolations(page);
    await page.waitForLoadState("networkidle");
    const sum = () => [...images.values()].reduce((a, b) => a + b, 0);
    const firstScreen = sum();
    await page.screenshot({ path: "/tmp/photos-results-360.png", fullPage: false });
    // Scroll to every card, as a reader would, and wait for each photo to arrive.
    const photoCount = await page.locator(".offer-card img.photo").count();
    for (let i = 0; i < photoCount; i++) {
      const img = page.locator(".offer-card img.photo").nth(i);
      await img.scrollIntoViewIfNeeded();
      await img.evaluate((el: HTMLImageElement) =>
        el.complete && el.naturalWidth > 0
          ? undefined
          : new Promise((resolve) => el.addEventListener("load", resolve, { once: true })),
      );
    }
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: "/tmp/photos-results-360-full.png", fullPage: true });
    const cls = await layoutShift(page);
    const shown = await page
      .locator(".offer-card img.photo")
      .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).currentSrc));
    const bytes = sum();
    // Demo offers share drawings, so the browser fetched each file once: what a page of 20
    // different photos of the same size would weigh is each card's file, counted once per card.
    const perCard = shown.reduce((total, url) => total + (images.get(url) ?? 0), 0);
    const photoFiles = [...images.keys()].filter((u) => u.includes("/photos/"));
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `results page at 360 px: ${covers} cover photos on 20 cards; first screen ${kb(firstScreen)} of images; ` +
        `scrolled to the end ${kb(bytes)} (${images.size} image files, ${photoFiles.length} photo files); ` +
        `if every cover were a different file: ${kb(perCard)}; CLS ${cls.toFixed(4)}`,
    );
    expect(shown.every((url) => url.length > 0)).toBe(true);
    expect(new Set(photoFiles)).toEqual(new Set(shown));
    // The smallest good file for a 360 px screen: AVIF, 320 or 640 wide.
    expect(
      photoFiles.every((u) => /\/(320|640)\.avif$/.test(u)),
      photoFiles.join("\n"),
    ).toBe(true);
    expect(cls).toBeLessThan(0.1);
    expect(bytes).toBeLessThanOrEqual(150 * 1024);
    expect(perCard).toBeLessThanOrEqual(150 * 1024);
    await page.setViewportSize(DESKTOP);
    await page.reload();
    await page.locator(".offer-card").first().waitFor();
    await page.waitForLoadState("networkidle");
    await expectNoAxeViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: "/tmp/photos-results-1280.png", fullPage: false });
    // At 1280 px too, every cover scrolled into view and loaded without moving the page.
    for (let i = 0; i < photoCount; i++) {
      const img = page.locator(".offer-card img.photo").nth(i);
      await img.scrollIntoViewIfNeeded();
      await img.evaluate((el: HTMLImageElement) =>
        el.complete && el.naturalWidth > 0
          ? undefined
          : new Promise((resolve) => el.addEventListener("load", resolve, { once: true })),
      );
    }
    await page.waitForLoadState("networkidle");
    const cls1280 = await layoutShift(page);
    console.log(`results page at 1280 px: CLS ${cls1280.toFixed(4)}`);
    expect(cls1280).toBeLessThan(0.1);
    await context.close();
  });

  it("a venue page shows the venue's photos, served like an offer's", async () => {
    const { rows } = await db.query<{ slug: string; alt_text: string; hash: string }>(
      `SELECT v.slug, lp.alt_text, p.hash FROM venue v
         JOIN listing_photo lp ON lp.venue_id = v.id AND NOT lp.pending JOIN photo p ON p.id = lp.photo_id
        WHERE v.status = 'APPROVED' ORDER BY v.slug LIMIT 1`,
    );
    const venue = rows[0]!;
    expect(venue, "a demo venue with a photo").toBeDefined();
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(portal(`/venues/${venue.slug}`));
    const img = page.getByRole("img", { name: venue.alt_text }).first();
    await img.waitFor();
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    expect(await img.getAttribute("width")).toBeTruthy();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "/tmp/photos-venue-360.png" });
    const response = await fetch(portal(`/photos/${venue.hash}/320.webp`));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("a partner adds a photo to an approved venue, a moderator approves the change, the portal shows it", async () => {
    const VENUE_ALT = "A wide doorway with a ramp and a blue sign over it";
    // An approved venue of the partner's organisation with no change waiting.
    const { rows } = await db.query<{ id: string; slug: string; name: string; organisation_id: string }>(
      `SELECT v.id, v.slug, v.name, v.organisation_id FROM venue v
         JOIN membership m ON m.organisation_id = v.organisation_id JOIN "user" u ON u.id = m.user_id
        WHERE u.email = 'partner@example.org' AND v.status = 'APPROVED' AND v.changes_submitted_at IS NULL
        ORDER BY v.slug LIMIT 1`,
    );
    const venue = rows[0]!;
    expect(venue, "an approved venue of the partner's").toBeDefined();

    const partner = await signInToAdmin(browser, product.adminUrl, "partner@example.org", PHONE);
    await partner.waitForURL(/\/organisations\/[^/]+$/);
    await partner.goto(admin(`/organisations/${venue.organisation_id}/venues/${venue.id}`));
    await partner.getByRole("link", { name: "Add or change photos of this venue" }).click();
    await partner.waitForURL(/\/venues\/[^/]+\/photos$/);
    await expectNoAxeViolations(partner);
    await addPhoto(
      partner,
      // Not the offer's photo above: the same picture would have the same (already public) files.
      { name: "IMG_0002.jpg", mimeType: "image/jpeg", buffer: await phoneJpeg("#a3c7d9") },
      VENUE_ALT,
      /No, nobody/,
    );
    expect(await partner.locator(".banner", { hasText: "waiting for the council" }).count()).toBe(1);
    expect(await partner.locator(".photo-list__item", { hasText: VENUE_ALT }).count()).toBe(1);
    await expectNoAxeViolations(partner);
    await partner.screenshot({ path: "/tmp/photos-venue-admin-360.png", fullPage: true });

    // Waiting for review: not on the portal, not even by its address.
    const added = await photoByAlt(VENUE_ALT);
    expect((await fetch(portal(`/photos/${added.hash}/320.jpg`))).status).toBe(404);
    const before = await (await fetch(portal(`/venues/${venue.slug}`))).text();
    expect(before).not.toContain(VENUE_ALT);

    // The moderator finds the change in the queue and sees the photo beside the live ones.
    const moderator = await signInToAdmin(browser, product.adminUrl, "moderator@example.org", DESKTOP);
    await moderator.waitForURL(admin("/"));
    await moderator.goto(admin("/review?kind=venue"));
    await moderator
      .locator("tbody tr", { hasText: `Changes to ${venue.name}` })
      .first()
      .locator("a")
      .first()
      .click();
    await moderator.waitForURL(/\/review\/venues\/[^/?]+$/);
    const photos = moderator.locator("section[aria-labelledby='photos-title']");
    expect(await photos.locator(".photo-list__item", { hasText: VENUE_ALT }).textContent()).toContain("New");
    await expectNoAxeViolations(moderator);
    await moderator.getByRole("radio", { name: /^Approve/ }).check();
    await moderator.getByRole("button", { name: "Send decision" }).click();
    await moderator.waitForURL(/\/review\?done=venue-approved$/);

    // The portal's venue page shows it, served like an offer's photo, without metadata.
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(portal(`/venues/${venue.slug}`));
    const img = page.getByRole("img", { name: VENUE_ALT });
    await img.waitFor();
    await img.evaluate((el: HTMLImageElement) =>
      el.complete && el.naturalWidth > 0
        ? undefined
        : new Promise((resolve) => el.addEventListener("load", resolve, { once: true })),
    );
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "/tmp/photos-venue-approved-360.png" });
    const served = await fetch(portal(`/photos/${added.hash}/320.jpg`));
    expect(served.status).toBe(200);
    const body = Buffer.from(await served.arrayBuffer());
    expect(await exifr.gps(body).catch(() => undefined)).toBeUndefined();
  });

  it("an offer with no photo shows its category's illustration: our own SVG, sized, decorative", async () => {
    const { rows } = await db.query<{ slug: string; title: string; icon: string }>(
      `SELECT o.slug, o.title, COALESCE(parent.icon, c.icon) AS icon FROM offer o
         JOIN offer_category oc ON oc.offer_id = o.id JOIN category c ON c.id = oc.category_id
         LEFT JOIN category parent ON parent.id = c.parent_id
        WHERE o.status = 'LIVE' AND COALESCE(parent.icon, c.icon) IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM listing_photo lp WHERE lp.revision_id = o.live_revision_id)
        ORDER BY o.slug LIMIT 1`,
    );
    const offer = rows[0]!;
    expect(offer, "a live demo offer without a photo").toBeDefined();
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(portal(`/offers/${offer.slug}`));
    const drawing = page.locator("img.illustration");
    expect(await drawing.count()).toBe(1);
    expect(await drawing.getAttribute("alt")).toBe("");
    expect(await drawing.getAttribute("width")).toBe("480");
    expect(await drawing.getAttribute("height")).toBe("320");
    const src = (await drawing.getAttribute("src")) ?? "";
    expect(src).toMatch(new RegExp(`^/illustrations/${offer.icon}\\.v\\d+\\.svg$`));
    await drawing.evaluate((el: HTMLImageElement) =>
      el.complete && el.naturalWidth > 0
        ? undefined
        : new Promise((resolve) => el.addEventListener("load", resolve, { once: true })),
    );
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "/tmp/photos-illustration-offer-360.png" });
    const response = await fetch(portal(src));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await response.text()).length).toBeLessThan(2048);
    for (const path of [
      "/illustrations/nothing.v1.svg",
      "/illustrations/..%2f..%2fpackage.json",
      "/illustrations/ball.v0.svg",
    ])
      expect((await fetch(portal(path))).status, path).toBe(404);

    // On its result card too.
    await page.goto(portal(`/search?q=${encodeURIComponent(offer.title)}`));
    const card = page.locator(".offer-card", { hasText: offer.title }).first();
    expect(await card.locator("img.illustration").getAttribute("src")).toBe(src);
    await expectNoAxeViolations(page);
  });
});
