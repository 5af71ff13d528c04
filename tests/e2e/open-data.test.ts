import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import type { BrowserContext } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { orukId } from "../../packages/api/src/domain/oruk/oruk-id.ts";
import { schemaErrors } from "../../packages/api/src/test/oruk-validator.ts";
import { expectNoAxeViolations, useDemoProduct } from "./harness.ts";

/**
 * Open data on the started product, over real HTTP: a developer at a family hub reads the Open
 * data page and calls the Open Referral UK API; the calendar and news feeds, the sitemap and
 * robots.txt; a shared offer link's card. The proxy must leave these addresses alone.
 */
describe("open data", () => {
  const demo = useDemoProduct();
  let context: BrowserContext;
  const hosts = new Set<string>();
  const url = (path: string) => `${demo.product.portalUrl}${path}`;

  beforeAll(async () => {
    context = await demo.browser.newContext();
    context.on("request", (request) => hosts.add(new URL(request.url()).host));
  });

  it("a developer finds the Open data page from the footer, reads it (axe: no violations) and follows it to the API", async () => {
    const page = await context.newPage();
    await page.goto(url("/"));
    await page.getByRole("contentinfo").getByRole("link", { name: "Open data" }).click();
    // Client-side navigation: wait for the address (slow on a busy machine), then for the heading.
    await page.waitForURL((address) => address.pathname === "/open-data", { timeout: 60_000 });
    await page.getByRole("heading", { level: 1, name: "Open data" }).waitFor({ timeout: 60_000 });
    await expect(page.getByRole("heading", { level: 1, name: "Open data" }).isVisible()).resolves.toBe(true);
    await expect(page.getByText("CC BY-SA 4.0").isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    const example = await page.locator("pre code").textContent();
    const address = /'(http[^']+)'/.exec(example ?? "")?.[1];
    expect(address).toContain("/api/oruk/services?taxonomy_term_id=");
    const response = await fetch(address as string);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(schemaErrors("servicePage", body)).toBeNull();
    expect(body.total_items).toBeGreaterThan(0);
    for (const service of body.contents) expect(service.minimum_age).toBeGreaterThanOrEqual(12);
    // Urdu readers get the page too (the proxy rewrites it like any other page).
    const urdu = await context.newPage();
    await urdu.goto(url("/ur/open-data"));
    await expect(urdu.locator("html").getAttribute("dir")).resolves.toBe("rtl");
    await expectNoAxeViolations(urdu);
    expect([...hosts]).toEqual([new URL(demo.product.portalUrl).host]);
    expect(await context.cookies(demo.product.portalUrl)).toEqual([]);
  });

  it("serves the API over HTTP: valid answers, CORS, ETag and 304, a 400 naming the parameter, a 404", async () => {
    const info = await fetch(url("/api/oruk"));
    expect(info.status).toBe(200);
    const description = await info.json();
    expect(schemaErrors("info", description)).toBeNull();
    const openapi = await (await fetch(description.openapi_url)).json();
    expect(openapi.servers[0].url).toBe(url("/api/oruk"));

    const services = await fetch(url("/api/oruk/services?per_page=3"));
    expect(services.headers.get("access-control-allow-origin")).toBe("*");
    expect(services.headers.get("cache-control")).toMatch(/max-age=\d+/);
    expect(services.headers.get("set-cookie")).toBeNull();
    const page = await services.json();
    expect(schemaErrors("servicePage", page)).toBeNull();
    const etag = services.headers.get("etag") as string;
    expect(etag).toBeTruthy();
    const again = await fetch(url("/api/oruk/services?per_page=3"), { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);

    const one = await fetch(url(`/api/oruk/services/${page.contents[0].id}`));
    expect(schemaErrors("service", await one.json())).toBeNull();
    const sal = await (await fetch(url("/api/oruk/service_at_locations?postcode=B5&proximity=3000&per_page=5"))).json();
    expect(schemaErrors("serviceAtLocationPage", sal)).toBeNull();
    const salOne = await (await fetch(url(`/api/oruk/service_at_locations/${sal.contents[0].id}`))).json();
    expect(schemaErrors("serviceAtLocation", salOne)).toBeNull();
    const taxonomies = await (await fetch(url("/api/oruk/taxonomies"))).json();
    expect(schemaErrors("taxonomyPage", taxonomies)).toBeNull();
    expect(
      schemaErrors("taxonomy", await (await fetch(url(`/api/oruk/taxonomies/${taxonomies.contents[0].id}`))).json()),
    ).toBeNull();
    const terms = await (await fetch(url("/api/oruk/taxonomy_terms?per_page=100"))).json();
    expect(schemaErrors("taxonomyTermPage", terms)).toBeNull();
    expect(
      schemaErrors("taxonomyTerm", await (await fetch(url(`/api/oruk/taxonomy_terms/${terms.contents[0].id}`))).json()),
    ).toBeNull();

    const bad = await fetch(url("/api/oruk/services?per_page=1000"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "bad_parameter", parameter: "per_page" });
    const missing = await fetch(url(`/api/oruk/services/${orukId("service", "no-such-offer")}`));
    expect(missing.status).toBe(404);
    const preflight = await fetch(url("/api/oruk/services"), { method: "OPTIONS" });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/If-None-Match/);
  });

  it("publishes calendars and news feeds that calendar apps and feed readers read", async () => {
    const ics = await fetch(url("/feeds/districts/ladywood.ics"));
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toMatch(/^text\/calendar/);
    const root = new ICAL.Component(ICAL.parse(await ics.text()));
    expect(root.getFirstPropertyValue("x-wr-calname")).toBe("Free City: Ladywood");
    expect(root.getAllSubcomponents("vevent").length).toBeGreaterThan(0);
    const category = await fetch(url("/feeds/categories/sport.ics"));
    expect(category.status).toBe(200);
    const atom = await fetch(url("/feeds/districts/ladywood.atom"));
    expect(atom.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const xml = await atom.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(new XMLParser().parse(xml).feed.entry.length).toBeGreaterThan(0);
    expect((await fetch(url("/feeds/districts/nowhere.atom"))).status).toBe(404);

    // A saved list's calendar comes from the slugs in its address.
    const services = await (await fetch(url("/api/oruk/services?per_page=2"))).json();
    const slugs = services.contents.map((s: { url: string }) => s.url.split("/").pop());
    const saved = await fetch(url(`/feeds/saved.ics?offers=${slugs.join(",")}`));
    const events = new ICAL.Component(ICAL.parse(await saved.text())).getAllSubcomponents("vevent");
    const summaries = new Set(events.map((e) => e.getFirstPropertyValue("summary")));
    for (const service of services.contents) expect(summaries.has(service.name)).toBe(true);
  });

  it("has a sitemap with every language as an hreflang alternate, and robots.txt (the admin never indexed)", async () => {
    const sitemap = await fetch(url("/sitemap.xml"));
    expect(sitemap.status).toBe(200);
    const xml = await sitemap.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
    const entries = parsed.urlset.url as { loc: string; "xhtml:link": { "@hreflang": string; "@href": string }[] }[];
    const offer = entries.find((e) => e.loc.includes("/offers/code-club-make-your-own-game"));
    expect(offer?.["xhtml:link"].map((l) => l["@hreflang"]).sort()).toEqual([
      "ar",
      "bn",
      "en-GB",
      "pl",
      "ur",
      "x-default",
    ]);
    expect(offer?.["xhtml:link"].find((l) => l["@hreflang"] === "ur")?.["@href"]).toBe(
      url("/ur/offers/code-club-make-your-own-game"),
    );
    expect(entries.some((e) => e.loc.endsWith("/open-data"))).toBe(true);
    expect(entries.some((e) => e.loc.includes("/districts/ladywood"))).toBe(true);

    const robots = await (await fetch(url("/robots.txt"))).text();
    expect(robots).toContain(`Sitemap: ${url("/sitemap.xml")}`);
    // A saved list is personal to a device, in every language.
    for (const saved of ["/saved", "/ur/saved", "/bn/saved", "/ar/saved", "/pl/saved"]) {
      expect(robots).toContain(`Disallow: ${saved}\n`);
    }
    const adminRobots = await fetch(`${demo.product.adminUrl}/robots.txt`);
    expect(await adminRobots.text()).toMatch(/User-Agent: \*\s+Disallow: \//i);
    expect((await fetch(`${demo.product.adminUrl}/sign-in`)).headers.get("x-robots-tag")).toBe("noindex, nofollow");
  });

  it("a pasted offer link shows a card: Open Graph and Twitter tags, a generated picture, and JSON-LD", async () => {
    const page = await context.newPage();
    await page.goto(url("/offers/code-club-make-your-own-game"));
    const meta = async (key: string) =>
      page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");
    expect(await meta("og:title")).toBe("Code Club: Make Your Own Game");
    expect(await meta("og:description")).toMatch(/^Learn to code/);
    expect(await meta("og:url")).toBe(url("/offers/code-club-make-your-own-game"));
    expect(await meta("twitter:card")).toBe("summary_large_image");
    const image = (await meta("og:image")) as string;
    expect(image).toBe(url("/og/offers/code-club-make-your-own-game.png"));
    expect(await meta("twitter:image")).toBe(image);
    const png = await fetch(image);
    expect(png.status).toBe(200);
    expect(png.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await png.arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd).toMatchObject({
      "@context": "https://schema.org",
      "@type": "EventSeries",
      isAccessibleForFree: true,
      name: "Code Club: Make Your Own Game",
    });
    // Every other public page shares the site's card.
    const home = await context.newPage();
    await home.goto(url("/search"));
    expect(await home.locator('meta[property="og:image"]').getAttribute("content")).toBe(url("/og/site.png"));
    expect((await fetch(url("/og/site.png"))).headers.get("content-type")).toBe("image/png");
    expect([...hosts]).toEqual([new URL(demo.product.portalUrl).host]);
  });
});
