import { Prisma, todayInCity } from "@free-city/db";
import { runSeed, silentSeedLog } from "@free-city/db/seed";
import { makeOrganisation, makeVenue, type TestDatabase, testDatabaseKind } from "@free-city/db/testing";
import { parseOfferSearchParams } from "@free-city/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "../../errors.ts";
import { schemaErrors } from "../../test/oruk-validator.ts";
import {
  callerFor,
  createTestDatabase,
  fillAllSections,
  makeLiveOffer,
  makeWorld,
  saveBasics,
  type World,
} from "../../test/setup.ts";
import { publicOfferWhere } from "../offers/public-offers.ts";
import { searchOffers } from "../search/search-offers.ts";
import { getOrukApiInfo, getOrukOpenApi } from "./get-oruk-api-info.ts";
import { getOrukService } from "./get-oruk-service.ts";
import { getOrukServiceAtLocation } from "./get-oruk-service-at-location.ts";
import { getOrukTaxonomy } from "./get-oruk-taxonomy.ts";
import { getOrukTaxonomyTerm } from "./get-oruk-taxonomy-term.ts";
import { listOrukServiceAtLocations } from "./list-oruk-service-at-locations.ts";
import { listOrukServices } from "./list-oruk-services.ts";
import { listOrukTaxonomies, orukTaxonomy } from "./list-oruk-taxonomies.ts";
import { listOrukTaxonomyTerms } from "./list-oruk-taxonomy-terms.ts";
import { orukId } from "./oruk-id.ts";
import { TAXONOMY_ID } from "./oruk-shapes.ts";
import { ORUK_MAX_PER_PAGE, parseOrukPaging, parseOrukQuery } from "./parse-oruk-query.ts";

/**
 * The Open Referral UK API over the demo directory (the real seed) plus offers in every state
 * that must not be published, on a real database. Every response is validated against the
 * profile's own compiled JSON Schemas.
 */
const ctx = { baseUrl: "http://portal.test" };
const q = (query: string) => parseOrukQuery(new URLSearchParams(query));

describe(`Open Referral UK API (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  let world: World;
  const hidden: Record<string, string> = {};
  let pendingOfferSlug = "";

  const liveOffer = (title: string, overrides: Partial<World["content"]> = {}) =>
    makeLiveOffer(world, title, overrides);

  /** Every service, walking the pages. */
  async function walkServices(query: string, perPage = 7) {
    const ids: string[] = [];
    let total = -1;
    for (let page = 1; ; page++) {
      const result = await listOrukServices(world.db, q(`${query}&page=${page}&per_page=${perPage}`), ctx);
      expect(schemaErrors("servicePage", result)).toBeNull();
      expect(result.page_number).toBe(page);
      total = result.total_items;
      ids.push(...result.contents.map((s) => s.id));
      if (result.last_page) break;
      expect(page).toBeLessThan(200);
    }
    return { ids, total };
  }

  beforeAll(async () => {
    test = await createTestDatabase();
    await runSeed(test.db, { log: silentSeedLog });
    world = await makeWorld(test);
    const partner = callerFor(world.db, world.partner);
    const organisationId = world.org.id;

    const draft = await partner.offer.create({ organisationId, title: "Hidden draft kite making" });
    hidden.draft = draft.slug;
    const inReview = await partner.offer.create({ organisationId, title: "Hidden review pottery" });
    await fillAllSections(world, inReview.id, { ...world.content, title: "Hidden review pottery" });
    await partner.offer.submit({ organisationId, offerId: inReview.id });
    hidden.inReview = inReview.slug;
    const expired = await liveOffer("Hidden expired juggling");
    await world.db.offer.update({ where: { id: expired.id }, data: { status: "EXPIRED", expiredAt: new Date() } });
    hidden.expired = expired.slug;

    const suspendedOrg = await makeOrganisation(world.db, { members: [{ userId: world.otherPartner.id }] });
    const suspendedVenue = await makeVenue(world.db, suspendedOrg.id, world.district.id);
    const other = callerFor(world.db, world.otherPartner);
    const suspended = await other.offer.create({ organisationId: suspendedOrg.id, title: "Hidden suspended fencing" });
    const suspendedContent = { ...world.content, title: "Hidden suspended fencing", venueIds: [suspendedVenue.id] };
    const api = callerFor(world.db, world.otherPartner);
    const ref = { organisationId: suspendedOrg.id, offerId: suspended.id };
    await fillAllSections({ ...world, partner: world.otherPartner, org: suspendedOrg }, suspended.id, suspendedContent);
    const { revisionId } = await api.offer.submit(ref);
    await callerFor(world.db, world.moderator).offer.decide({ revisionId, outcome: "APPROVED" });
    await world.db.organisation.update({ where: { id: suspendedOrg.id }, data: { suspendedAt: new Date() } });
    hidden.suspended = suspended.slug;

    // A live offer with an edit waiting in review: the approved text is published, never the edit.
    const pending = await liveOffer("Approved street dance", {
      bookingPhone: "0121 496 0999",
      cancellations: [],
    });
    pendingOfferSlug = pending.slug;
    await partner.offer.saveSection({
      organisationId,
      offerId: pending.id,
      section: "basics",
      values: {
        title: "Pending secret title",
        summary: "Pending secret summary.",
        description: "",
        categoryIds: world.content.categoryIds,
      },
    });
    await partner.offer.submit({ organisationId, offerId: pending.id });
  });
  afterAll(() => test.close());

  it("has a validator that refuses what the profile refuses (so a passing check means something)", () => {
    expect(schemaErrors("service", { id: "not-a-uuid", status: "open" })).toMatch(/name|format|status/);
    expect(schemaErrors("servicePage", { contents: [] })).toMatch(/total_items/);
    expect(
      schemaErrors("serviceAtLocation", {
        id: orukId("service_at_location", "a", "b"),
        location: {
          id: orukId("location", "b"),
          location_type: "physical",
          addresses: [{ id: orukId("address", "b") }],
        },
      }),
    ).toMatch(/postal_code/);
  });

  it("describes itself: version 3.0, the profile and its own OpenAPI document", () => {
    const info = getOrukApiInfo(ctx);
    expect(schemaErrors("info", info)).toBeNull();
    expect(info).toEqual({
      version: "3.0",
      profile: expect.stringMatching(/^https:\/\//),
      openapi_url: "http://portal.test/api/oruk/openapi.json",
    });
    const document = getOrukOpenApi(ctx);
    expect(document.servers).toEqual([expect.objectContaining({ url: "http://portal.test/api/oruk" })]);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/services", "/services/{id}", "/service_at_locations", "/taxonomy_terms"]),
    );
  });

  it("pages through the whole directory: every public offer once, nothing else, each item valid", async () => {
    const publicSlugs = (await world.db.offer.findMany({ where: publicOfferWhere, select: { slug: true } })).map(
      (o) => o.slug,
    );
    expect(publicSlugs.length).toBeGreaterThan(100);
    const { ids, total } = await walkServices("");
    expect(total).toBe(publicSlugs.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(publicSlugs.map((slug) => orukId("service", slug))));
    for (const slug of Object.values(hidden)) expect(ids).not.toContain(orukId("service", slug));
  });

  it("serves each service in full, valid against service.json, with the approved text only", async () => {
    const first = await listOrukServices(world.db, q(`per_page=${ORUK_MAX_PER_PAGE}`), ctx);
    for (const summary of first.contents) {
      const service = await getOrukService(world.db, summary.id, ctx);
      const errors = schemaErrors("service", service);
      expect(errors, `${summary.name}: ${errors}`).toBeNull();
      expect(service.id).toBe(summary.id);
    }
    const pending = await getOrukService(world.db, orukId("service", pendingOfferSlug), ctx);
    expect(pending.name).toBe("Approved street dance");
    expect(JSON.stringify(pending)).not.toContain("Pending secret");
    expect(pending.phones).toEqual([expect.objectContaining({ number: "0121 496 0999" })]);
    const all = await walkServices("", 100);
    expect(all.ids).toContain(pending.id);
    for (const slug of Object.values(hidden)) {
      await expect(getOrukService(world.db, orukId("service", slug), ctx)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getOrukService(world.db, "not-a-uuid", ctx)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("maps an offer: free, ages, weekly sessions, cancelled dates, district, venue address and accessibility", async () => {
    const today = todayInCity();
    const saturday = world.content.schedules[0];
    const cancelledDate = (() => {
      const d = new Date(`${today}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + ((6 - (d.getUTCDay() === 0 ? 7 : d.getUTCDay()) + 7) % 7) + 14);
      return d.toISOString().slice(0, 10);
    })();
    const offer = await liveOffer("Mapped chess", {
      costType: "FREE_WITH_CONDITION",
      costCondition: "with a library card",
      cancellations: [{ date: cancelledDate, reason: "Closed" }],
    });
    const service = await getOrukService(world.db, orukId("service", offer.slug), ctx);
    expect(schemaErrors("service", service)).toBeNull();
    expect(service).toMatchObject({
      name: "Mapped chess",
      status: "active",
      minimum_age: 8,
      maximum_age: 14,
      url: `http://portal.test/offers/${offer.slug}`,
      organization: { id: orukId("organization", world.org.slug), name: world.org.name },
      cost_options: [{ option: "Free with a condition", amount: 0, amount_description: "with a library card" }],
      service_areas: [{ name: world.district.name }],
      schedules: [
        {
          freq: "WEEKLY",
          byday: "SA",
          opens_at: "10:00",
          closes_at: "12:00",
          valid_from: saturday?.validFrom,
          valid_to: saturday?.validTo,
          notes: `Not on ${cancelledDate}`,
        },
      ],
      attributes: [{ taxonomy_term_id: orukId("taxonomy_term", world.category.slug) }],
    });
    expect(service.last_modified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(service.assured_date).toBe(today);
    const [location] = service.service_at_locations.map((sal) => sal.location);
    expect(location).toMatchObject({
      id: orukId("location", world.venue.slug),
      name: world.venue.name,
      addresses: [{ address_1: "1 Test Street", city: "Birmingham", postal_code: "B1 1AA", country: "GB" }],
      accessibility: [{ description: "Step-free access" }],
    });
  });

  it("publishes the organiser's contacts as the offer page shows them: the public ones, once verified", async () => {
    const offer = await liveOffer("Contacted karate", { bookingPhone: "0121 496 0111" });
    await world.db.organisation.update({
      where: { id: world.org.id },
      data: {
        website: "https://karate.example/",
        publicEmail: "hello@karate.example",
        publicPhone: "0121 496 0222",
        // A profile change waiting for review stays unpublished.
        pendingProfile: { publicEmail: "pending@karate.example" },
      },
    });
    const id = orukId("service", offer.slug);
    const service = await getOrukService(world.db, id, ctx);
    expect(schemaErrors("service", service)).toBeNull();
    expect(service.organization).toMatchObject({ website: "https://karate.example/", email: "hello@karate.example" });
    expect(service.phones.map((p) => p.number)).toEqual(["0121 496 0111", "0121 496 0222"]);
    expect(JSON.stringify(service)).not.toContain("pending@karate.example");
    const [listed] = (await listOrukServices(world.db, q(`search=Contacted karate`), ctx)).contents;
    expect(listed?.organization).toMatchObject({ email: "hello@karate.example" });

    await world.db.organisation.update({ where: { id: world.org.id }, data: { verificationStatus: "UNVERIFIED" } });
    const unverified = await getOrukService(world.db, id, ctx);
    expect(unverified.organization).toEqual({ id: service.organization.id, name: world.org.name, description: "" });
    expect(unverified.phones.map((p) => p.number)).toEqual(["0121 496 0111"]);
    await world.db.organisation.update({
      where: { id: world.org.id },
      data: {
        verificationStatus: "VERIFIED",
        website: null,
        publicEmail: null,
        publicPhone: null,
        pendingProfile: Prisma.DbNull,
      },
    });
  });

  it("keeps every id across an approved edit (ids come from slugs, not rows)", async () => {
    const offer = await liveOffer("Stable ids club");
    const before = await getOrukService(world.db, orukId("service", offer.slug), ctx);
    const partner = callerFor(world.db, world.partner);
    const ref = { organisationId: world.org.id, offerId: offer.id };
    await saveBasics(world, ref, { title: "Stable ids club, renamed", summary: "New words." });
    // Saving the sessions again recreates their rows: the schedule ids must not move.
    await partner.offer.saveSection({
      ...ref,
      section: "when",
      values: { schedules: world.content.schedules, cancellations: [] },
    });
    const { revisionId } = await partner.offer.submit(ref);
    await callerFor(world.db, world.moderator).offer.decide({ revisionId, outcome: "APPROVED" });
    const after = await getOrukService(world.db, before.id, ctx);
    expect(after.name).toBe("Stable ids club, renamed");
    const ids = (s: typeof before) => [
      s.id,
      s.organization.id,
      ...s.schedules.map((x) => x.id),
      ...s.service_at_locations.flatMap((x) => [x.id, x.location.id, ...x.location.addresses.map((a) => a.id)]),
      ...s.cost_options.map((x) => x.id),
    ];
    expect(ids(after)).toEqual(ids(before));
    expect(Date.parse(after.last_modified)).toBeGreaterThanOrEqual(Date.parse(before.last_modified));
  });

  it("lists services at locations: every public offer × public venue once, each valid", async () => {
    const pairs = await world.db.offerVenue.count({
      where: { offer: publicOfferWhere, venue: { status: "APPROVED", organisation: { suspendedAt: null } } },
    });
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const result = await listOrukServiceAtLocations(world.db, q(`page=${page}&per_page=40`), ctx);
      expect(schemaErrors("serviceAtLocationPage", result)).toBeNull();
      expect(result.total_items).toBe(pairs);
      ids.push(...result.contents.map((c) => c.id));
      if (result.last_page) break;
    }
    expect(ids.length).toBe(pairs);
    expect(new Set(ids).size).toBe(pairs);
    const first = await getOrukServiceAtLocation(world.db, ids[0] as string, ctx);
    expect(schemaErrors("serviceAtLocation", first)).toBeNull();
    expect(first.id).toBe(ids[0]);
    await expect(
      getOrukServiceAtLocation(world.db, orukId("service_at_location", "nope", "nope"), ctx),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("finds services at locations near a postcode: its district, or within a distance, nearest first", async () => {
    const inDistrict = await listOrukServiceAtLocations(world.db, q("postcode=B5 5SL&per_page=100"), ctx);
    expect(schemaErrors("serviceAtLocationPage", inDistrict)).toBeNull();
    expect(inDistrict.total_items).toBeGreaterThan(0);
    const b5 = await world.db.postcodeArea.findUniqueOrThrow({ where: { outcode: "B5" }, include: { district: true } });
    const expected = await world.db.offerVenue.count({
      where: {
        offer: publicOfferWhere,
        venue: { status: "APPROVED", organisation: { suspendedAt: null }, districtId: b5.districtId },
      },
    });
    expect(inDistrict.total_items).toBe(expected);

    const near = await listOrukServiceAtLocations(world.db, q("postcode=B5&proximity=1500&per_page=100"), ctx);
    const wider = await listOrukServiceAtLocations(world.db, q("postcode=B5&proximity=8000&per_page=100"), ctx);
    expect(schemaErrors("serviceAtLocationPage", near)).toBeNull();
    expect(near.total_items).toBeGreaterThan(0);
    expect(wider.total_items).toBeGreaterThan(near.total_items);
    const metres = (loc: { latitude?: number; longitude?: number }) =>
      distance(b5.latitude, b5.longitude, loc.latitude ?? 0, loc.longitude ?? 0);
    for (const item of near.contents) expect(metres(item.location)).toBeLessThanOrEqual(1500 * 1.01);
    const distances = wider.contents.map((item) => metres(item.location));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it("lists the taxonomy and its terms, parents kept, each valid", async () => {
    const taxonomies = listOrukTaxonomies(parseOrukPaging(new URLSearchParams()), ctx);
    expect(schemaErrors("taxonomyPage", taxonomies)).toBeNull();
    expect(taxonomies.contents).toEqual([orukTaxonomy(ctx)]);
    expect(schemaErrors("taxonomy", orukTaxonomy(ctx))).toBeNull();
    const terms = await listOrukTaxonomyTerms(world.db, { page: 1, perPage: 100 }, ctx);
    expect(schemaErrors("taxonomyTermPage", terms)).toBeNull();
    const categories = await world.db.category.count({ where: { mergedIntoId: null, archivedAt: null } });
    expect(terms.total_items).toBe(categories);
    const ids = new Set(terms.contents.map((t) => t.id));
    const children = terms.contents.filter((t) => t.parent_id);
    expect(children.length).toBeGreaterThan(5);
    for (const child of children) expect(ids.has(child.parent_id as string)).toBe(true);
    for (const term of terms.contents.slice(0, 5)) {
      const one = await getOrukTaxonomyTerm(world.db, term.id, ctx);
      expect(schemaErrors("taxonomyTerm", one)).toBeNull();
      expect(one).toEqual(term);
    }
    const whole = await getOrukTaxonomy(world.db, TAXONOMY_ID, ctx);
    expect(schemaErrors("taxonomy", whole)).toBeNull();
    expect(whole.taxonomy_terms).toHaveLength(categories);
    await expect(getOrukTaxonomy(world.db, orukId("taxonomy", "other"), ctx)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const second = await listOrukTaxonomyTerms(world.db, { page: 2, perPage: 10 }, ctx);
    expect(second.contents[0]).toEqual(terms.contents[10]);
  });

  describe("filters, as the portal search applies them", () => {
    const serviceSlugs = async () =>
      new Map(
        (await world.db.offer.findMany({ where: publicOfferWhere, select: { slug: true } })).map((o) => [
          orukId("service", o.slug),
          o.slug,
        ]),
      );

    it("search: the same offers as the portal's keyword search", async () => {
      for (const keyword of ["football", "footbal", "art"]) {
        const { ids } = await walkServices(`search=${keyword}`, 50);
        const portal = await portalSlugs({ q: keyword });
        const bySlug = await serviceSlugs();
        expect(new Set(ids.map((id) => bySlug.get(id)))).toEqual(new Set(portal));
        expect(ids.length).toBeGreaterThan(0);
      }
    });

    it("taxonomy_term_id: the term and every term under it; taxonomy_id: ours or nothing", async () => {
      const sport = await world.db.category.findUniqueOrThrow({ where: { slug: "sport" } });
      const { ids } = await walkServices(`taxonomy_term_id=${orukId("taxonomy_term", sport.slug)}`, 50);
      const portal = await portalSlugs({ category: "sport" });
      const bySlug = await serviceSlugs();
      expect(new Set(ids.map((id) => bySlug.get(id)))).toEqual(new Set(portal));
      const football = await walkServices(`taxonomy_term_id=${orukId("taxonomy_term", "football")}`, 50);
      expect(football.ids.length).toBeGreaterThan(0);
      expect(football.ids.length).toBeLessThan(ids.length);
      for (const id of football.ids) expect(ids).toContain(id);

      expect((await walkServices(`taxonomy_id=${TAXONOMY_ID}`)).total).toBe((await walkServices("")).total);
      expect((await walkServices(`taxonomy_id=${orukId("taxonomy", "someone-else")}`)).total).toBe(0);
      expect((await walkServices(`taxonomy_term_id=${orukId("taxonomy_term", "no-such")}`)).total).toBe(0);
    });

    it("minimum_age and maximum_age: the service's own bounds, at least / at most", async () => {
      const over12 = await walkServices("minimum_age=12", 100);
      const expected = await world.db.offer.count({ where: { ...publicOfferWhere, minAge: { gte: 12 } } });
      expect(over12.total).toBe(expected);
      expect(expected).toBeGreaterThan(0);
      const under11 = await walkServices("maximum_age=11", 100);
      expect(under11.total).toBe(await world.db.offer.count({ where: { ...publicOfferWhere, maxAge: { lte: 11 } } }));
      const both = await listOrukServices(world.db, q("minimum_age=12&maximum_age=25&per_page=100"), ctx);
      for (const s of both.contents) {
        expect(s.minimum_age).toBeGreaterThanOrEqual(12);
        expect(s.maximum_age).toBeLessThanOrEqual(25);
      }
    });

    it("day, start_time, end_time: a session on that day (from today on) inside those times", async () => {
      const saturday = await listOrukServices(world.db, q("day=SA&per_page=100"), ctx);
      expect(saturday.total_items).toBeGreaterThan(0);
      expect(saturday.total_items).toBe(
        (await listOrukServices(world.db, q("day=saturday&per_page=100"), ctx)).total_items,
      );
      const portal = await portalSlugs({ day: "6" });
      const bySlug = await serviceSlugs();
      expect(new Set(saturday.contents.map((s) => bySlug.get(s.id)))).toEqual(new Set(portal));

      const evening = await listOrukServices(world.db, q("start_time=17:00&per_page=100"), ctx);
      expect(evening.total_items).toBeGreaterThan(0);
      for (const s of evening.contents) {
        const full = await getOrukService(world.db, s.id, ctx);
        expect(full.schedules.some((x) => (x.opens_at ?? "") >= "17:00")).toBe(true);
      }
      const morning = await listOrukServices(world.db, q("end_time=12:00:00&per_page=100"), ctx);
      for (const s of morning.contents) {
        const full = await getOrukService(world.db, s.id, ctx);
        expect(full.schedules.some((x) => (x.closes_at ?? "99") <= "12:00")).toBe(true);
      }
      const none = await listOrukServices(world.db, q("start_time=20:00&end_time=09:00"), ctx);
      expect(none.total_items).toBe(0);
    });

    it("modified_after: what changed on or after a time, for incremental copies", async () => {
      const everything = (await walkServices("", 100)).total;
      expect((await walkServices("modified_after=2000-01-01", 100)).total).toBe(everything);
      const later = new Date(Date.now() + 60_000).toISOString();
      expect((await walkServices(`modified_after=${later}`)).total).toBe(0);
      const marker = new Date();
      const fresh = await liveOffer("Freshly approved yoga");
      const changed = await walkServices(`modified_after=${marker.toISOString()}`);
      expect(changed.ids).toEqual([orukId("service", fresh.slug)]);
    });
  });

  it("names the bad parameter", () => {
    const cases: [string, string][] = [
      ["page=0", "page"],
      ["page=two", "page"],
      [`per_page=${ORUK_MAX_PER_PAGE + 1}`, "per_page"],
      ["per_page=-3", "per_page"],
      ["taxonomy_term_id=sport", "taxonomy_term_id"],
      ["taxonomy_id=123", "taxonomy_id"],
      ["minimum_age=old", "minimum_age"],
      ["maximum_age=-1", "maximum_age"],
      ["day=funday", "day"],
      ["start_time=25:00", "start_time"],
      ["end_time=5pm", "end_time"],
      ["postcode=nowhere", "postcode"],
      ["proximity=far&postcode=B5", "proximity"],
      ["proximity=500", "proximity"],
      ["modified_after=yesterday", "modified_after"],
      [`search=${"x".repeat(101)}`, "search"],
    ];
    for (const [query, parameter] of cases) {
      let error: unknown = null;
      try {
        q(query);
      } catch (caught) {
        error = caught;
      }
      expect(isAppError(error) && error.detail, query).toEqual({ parameter });
      expect((error as Error).message.startsWith(`${parameter}:`)).toBe(true);
    }
    // A postcode outside the city's table is named too (it is read, then looked up).
    return expect(listOrukServiceAtLocations(world.db, q("postcode=ZE1 0AA"), ctx)).rejects.toMatchObject({
      detail: { parameter: "postcode" },
    });
  });

  it("reads good values and ignores parameters it does not know", () => {
    expect(q("page=2&per_page=10&day=tu&start_time=09:30&full=true&minimum_age=12.5")).toMatchObject({
      page: 2,
      perPage: 10,
      day: 2,
      startMinute: 570,
      minimumAge: 12.5,
    });
    expect(q("postcode=b15 2tt&proximity=500")).toMatchObject({ outcode: "B15", proximityMetres: 500 });
  });

  async function portalSlugs(params: Record<string, string>): Promise<string[]> {
    const slugs: string[] = [];
    for (let page = 1; ; page++) {
      const result = await searchOffers(world.db, parseOfferSearchParams({ ...params, page: String(page) }));
      slugs.push(...result.items.map((item) => item.slug));
      if (page >= result.totalPages) break;
    }
    return slugs;
  }
});

/** Great-circle metres (the earthdistance module's sphere, near enough for a bound). */
function distance(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6378168 * Math.asin(Math.sqrt(a));
}
