import { addDays, isoDayOfWeek, todayInCity } from "@free-city/db";
import { makeCategory, makeDistrict, makeVenue, type TestDatabase, testDatabaseKind } from "@free-city/db/testing";
import { type OfferContent, parseOfferSearchParams } from "@free-city/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callerFor,
  createTestDatabase,
  fillAllSections,
  makeLiveOffer,
  makeWorld,
  type World,
} from "../../test/setup.ts";
import { prepareOfferSearch, runOfferSearch, searchOffers } from "./search-offers.ts";

/**
 * The portal search on a real database, with offers taken through the real lifecycle (created,
 * filled in, submitted, approved). Each test searches the way the portal does: from URL
 * parameters, through the public tRPC procedure or the domain function with a fixed clock.
 */
describe(`offer search (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  let world: World;
  const today = todayInCity();
  const nextSaturday = addDays(today, (6 - isoDayOfWeek(today) + 7) % 7 || 7);
  const ids: Record<string, string> = {};
  const place = { a: { lat: 52.48, lng: -1.9 }, b: { lat: 52.4, lng: -1.95 } };
  let districtA: { slug: string; id: string };
  let districtB: { slug: string; id: string };
  let sport: { slug: string; id: string };
  let football: { slug: string; id: string };
  let art: { slug: string; id: string };
  let venueA: { id: string };
  let venueB: { id: string };

  /** Public search from URL parameters, as the portal's search page makes it. */
  const search = (query: string) => callerFor(world.db, null).search.offers(new URLSearchParams(query) as never);
  const titles = async (query: string) => (await search(query)).items.map((item) => item.title);

  const weekly = (dayOfWeek: number, startTime: string, endTime: string) =>
    ({
      kind: "WEEKLY",
      dayOfWeek,
      date: null,
      startTime,
      endTime,
      validFrom: addDays(today, -7),
      validTo: addDays(today, 120),
      venueId: null,
    }) as const;
  const oneOff = (date: string, startTime = "11:00", endTime = "15:00") =>
    ({
      kind: "ONE_OFF",
      dayOfWeek: null,
      date,
      startTime,
      endTime,
      validFrom: null,
      validTo: null,
      venueId: null,
    }) as const;

  async function liveOffer(
    key: string,
    overrides: Partial<OfferContent>,
    organisation: { id: string; user: World["partner"] } = { id: world.org.id, user: world.partner },
  ) {
    const offer = await makeLiveOffer(world, overrides.title ?? key, overrides, {
      organisationId: organisation.id,
      user: organisation.user,
    });
    ids[key] = offer.id;
    return offer;
  }

  beforeAll(async () => {
    test = await createTestDatabase();
    world = await makeWorld(test);
    const db = world.db;
    districtA = await makeDistrict(db);
    districtB = await makeDistrict(db);
    venueA = await makeVenue(db, world.org.id, districtA.id);
    venueB = await makeVenue(db, world.org.id, districtB.id);
    await db.venue.update({
      where: { id: venueB.id },
      data: { latitude: place.b.lat, longitude: place.b.lng, accessFeatures: [] },
    });
    sport = await makeCategory(db);
    football = await db.category.create({
      data: { slug: `${sport.slug}-football`, name: "Football", parentId: sport.id },
    });
    art = await makeCategory(db);
    await db.postcodeArea.create({
      data: { outcode: "B99", districtId: districtA.id, latitude: place.a.lat, longitude: place.a.lng },
    });

    await liveOffer("football", {
      title: "Football skills",
      summary: "Learn to play with friendly coaches.",
      description: "Kit provided.",
      categoryIds: [football.id],
      venueIds: [venueA.id],
      minAge: 8,
      maxAge: 12,
      aloneFromAge: 11,
      schedules: [weekly(6, "10:00", "12:00")],
      cancellations: [{ date: nextSaturday, reason: "Pitch closed" }],
    });
    await liveOffer("swimming", {
      title: "Swimming lessons",
      summary: "Splash about and learn strokes.",
      description: "Bring a towel.",
      categoryIds: [sport.id],
      venueIds: [venueB.id],
      minAge: 5,
      maxAge: 15,
      aloneFromAge: null,
      costType: "FREE_WITH_CONDITION",
      costCondition: "with a leisure card",
      schedules: [weekly(3, "16:00", "17:00")],
    });
    await liveOffer("art", {
      title: "Art club",
      summary: "We paint and draw together.",
      description: "Paint a picture of your favourite football team.",
      categoryIds: [art.id],
      venueIds: [venueB.id],
      minAge: 10,
      maxAge: 25,
      aloneFromAge: 12,
      sendFriendly: false,
      quietSessions: true,
      schedules: [weekly(1, "15:30", "17:00")],
    });
    await liveOffer("games", {
      title: "Summer games day",
      summary: "Races, rounders and a picnic.",
      description: "",
      categoryIds: [sport.id],
      venueIds: [venueA.id],
      minAge: 5,
      maxAge: 19,
      aloneFromAge: null,
      schedules: [oneOff("2027-07-11"), oneOff("2027-03-28"), oneOff("2027-10-31"), oneOff("2027-03-27")],
    });
    // Offers from before ages were required have no bounds: the search treats them as open.
    await db.offer.update({ where: { id: ids.games! }, data: { minAge: null, maxAge: null } });
  }, 120_000);
  afterAll(() => test.close());

  describe("keywords", () => {
    it("ranks a title match above a match in the description only", async () => {
      expect(await titles("q=football")).toEqual(["Football skills", "Art club"]);
    });

    it("tolerates typos and finds words from their start", async () => {
      expect(await titles("q=footbal")).toContain("Football skills");
      expect(await titles("q=swim")).toEqual(["Swimming lessons"]);
      expect(await titles("q=zebra")).toEqual([]);
    });
  });

  describe("filters", () => {
    it("district, one or several", async () => {
      expect((await titles(`district=${districtA.slug}`)).sort()).toEqual(["Football skills", "Summer games day"]);
      expect(await titles(`district=${districtA.slug}&district=${districtB.slug}`)).toHaveLength(4);
    });

    it("a category includes its sub-categories", async () => {
      expect((await titles(`category=${sport.slug}`)).sort()).toEqual([
        "Football skills",
        "Summer games day",
        "Swimming lessons",
      ]);
      expect(await titles(`category=${football.slug}`)).toEqual(["Football skills"]);
    });

    it("age is inclusive at both ends, and a missing bound is open", async () => {
      expect((await titles("age=13")).sort()).toEqual(["Art club", "Summer games day", "Swimming lessons"]);
      expect(await titles("age=12")).toContain("Football skills");
      expect(await titles("age=25")).toEqual(expect.arrayContaining(["Art club", "Summer games day"]));
      expect(await titles("age=25")).not.toContain("Swimming lessons");
    });

    it("can go alone: from the offer's age, at my age", async () => {
      expect((await titles("alone=true")).sort()).toEqual(["Art club", "Football skills"]);
      expect(await titles("alone=true&age=11")).toEqual(["Football skills"]);
    });

    it("cost: free, or free with a condition", async () => {
      expect(await titles("cost=condition")).toEqual(["Swimming lessons"]);
      expect(await titles("cost=free")).not.toContain("Swimming lessons");
    });

    it("access: step-free from the venue, SEND-friendly and quiet sessions from the offer", async () => {
      expect((await titles("access=step-free")).sort()).toEqual(["Football skills", "Summer games day"]);
      expect(await titles("access=quiet")).toEqual(["Art club"]);
      expect(await titles("access=send")).not.toContain("Art club");
    });

    it("day of the week and after school", async () => {
      expect(await titles("day=3")).toEqual(["Swimming lessons"]);
      expect((await titles("afterSchool=true")).sort()).toEqual(["Art club", "Swimming lessons"]);
      expect(await titles("day=6&afterSchool=true")).toEqual([]);
    });

    it("a cancelled date does not count as on", async () => {
      expect(await titles(`when=${nextSaturday}`)).not.toContain("Football skills");
      expect(await titles(`when=${addDays(nextSaturday, 7)}`)).toContain("Football skills");
      expect(await titles("when=weekend")).not.toContain("Swimming lessons");
    });
  });

  describe("on today, in the city's time zone", () => {
    const onToday = async (now: string) =>
      (await searchOffers(world.db, parseOfferSearchParams({ when: "today" }), new Date(now))).items.map(
        (i) => i.title,
      );

    it("uses London's date, not the server's: 23:30 UTC in summer is already tomorrow", async () => {
      expect(await onToday("2027-07-10T23:30:00Z")).toContain("Summer games day"); // 00:30 BST on the 11th
      expect(await onToday("2027-07-10T22:30:00Z")).not.toContain("Summer games day"); // 23:30 BST on the 10th
    });

    it("across the March clock change", async () => {
      expect(await onToday("2027-03-27T23:59:00Z")).toEqual(expect.arrayContaining(["Summer games day"])); // still the 27th (GMT)
      expect(await onToday("2027-03-28T00:30:00Z")).toContain("Summer games day"); // the 28th
      expect(await onToday("2027-03-28T23:30:00Z")).not.toContain("Summer games day"); // 00:30 BST on the 29th
    });

    it("across the October clock change", async () => {
      expect(await onToday("2027-10-30T23:30:00Z")).toContain("Summer games day"); // 00:30 BST on the 31st
      expect(await onToday("2027-10-30T22:30:00Z")).not.toContain("Summer games day"); // 23:30 BST on the 30th
    });
  });

  describe("sorting", () => {
    it("soonest: by the next session", async () => {
      const result = await search("sort=soonest");
      const dates = result.items.map((item) => item.nextDate ?? "9999");
      expect(dates).toEqual([...dates].sort());
    });

    it("nearest: from a position, or from a postcode district", async () => {
      const fromB = await search(`near=${place.b.lat},${place.b.lng}&sort=nearest`);
      expect(
        fromB.items
          .slice(0, 2)
          .map((i) => i.title)
          .sort(),
      ).toEqual(["Art club", "Swimming lessons"]);
      expect(fromB.items[0]!.distanceMetres).toBe(0);
      const fromB99 = await search("postcode=b99 1aa&sort=nearest");
      expect(fromB99.appliedFilters.postcode).toBe("B99");
      expect(
        fromB99.items
          .slice(0, 2)
          .map((i) => i.title)
          .sort(),
      ).toEqual(["Football skills", "Summer games day"]);
      expect(fromB99.items.at(-1)!.distanceMetres).toBeGreaterThan(5000);
    });

    it("falls back when a sort cannot apply, and drops filters that name nothing", async () => {
      expect((await search("sort=nearest&q=football")).appliedFilters.sort).toBe("relevance");
      expect((await search("sort=nearest")).appliedFilters.sort).toBe("soonest");
      const result = await search(`district=atlantis&district=${districtA.slug}&when=2020-01-01&postcode=ZZ9`);
      expect(result.appliedFilters.district).toEqual([districtA.slug]);
      expect(result.appliedFilters.when).toBeUndefined();
      expect(result.appliedFilters.postcode).toBeUndefined();
      expect(result.total).toBe(2);
    });
  });

  describe("visibility", () => {
    it("shows only live offers of active organisations, and never a pending edit", async () => {
      const partner = callerFor(world.db, world.partner);
      const draft = await partner.offer.create({ organisationId: world.org.id, title: "Hidden draft football" });
      await fillAllSections(world, draft.id, { ...world.content, title: "Hidden draft football" });
      const inReview = await partner.offer.create({ organisationId: world.org.id, title: "Hidden review football" });
      await fillAllSections(world, inReview.id, { ...world.content, title: "Hidden review football" });
      await partner.offer.submit({ organisationId: world.org.id, offerId: inReview.id });

      const suspendedOrgVenue = await makeVenue(world.db, world.otherOrg.id, districtA.id);
      await liveOffer(
        "suspended",
        { title: "Hidden suspended football", categoryIds: [sport.id], venueIds: [suspendedOrgVenue.id] },
        { id: world.otherOrg.id, user: world.otherPartner },
      );
      expect(await titles("q=suspended")).toEqual(["Hidden suspended football"]);
      await world.db.organisation.update({
        where: { id: world.otherOrg.id },
        data: { suspendedAt: new Date(), suspendedReason: "test" },
      });

      // An edit of a live offer waits in review: the approved words still show, the new ones do not.
      const ref = { organisationId: world.org.id, offerId: ids.art! };
      await partner.offer.saveSection({
        ...ref,
        section: "basics",
        values: { title: "Secret pending title", summary: "Pending summary", description: "", categoryIds: [art.id] },
      });
      await partner.offer.submit(ref);

      expect(await titles("q=hidden")).toEqual([]);
      expect(await titles("q=secret")).toEqual([]);
      expect(await titles("q=art")).toContain("Art club");
      for (const status of ["REJECTED", "ARCHIVED", "EXPIRED"] as const) {
        await world.db.offer.update({ where: { id: ids.games! }, data: { status } });
        expect(await titles("q=games"), status).toEqual([]);
      }
      await world.db.offer.update({ where: { id: ids.games! }, data: { status: "LIVE" } });
      expect(await titles("q=games")).toEqual(["Summer games day"]);
    });
  });

  describe("pages", () => {
    it("twenty per page, the next page continues without overlap, and the total counts them all", async () => {
      await world.db.offer.createMany({
        data: Array.from({ length: 25 }, (_, i) => ({
          organisationId: world.org.id,
          slug: `bulk-${i}`,
          title: `Bulk kite flying ${i}`,
          summary: "Kites",
          status: "LIVE" as const,
        })),
      });
      const first = await search("q=kite");
      const second = await search("q=kite&page=2");
      expect(first.total).toBe(25);
      expect(first.totalPages).toBe(2);
      expect(first.items).toHaveLength(20);
      expect(second.items).toHaveLength(5);
      expect(second.items.filter((item) => first.items.some((other) => other.id === item.id))).toEqual([]);
      expect((await search("q=kite&page=3")).items).toEqual([]);
    });

    it("a capped count stops counting at its cap and leaves the page as it was", async () => {
      // The portal counts up to COUNT_AHEAD (1 000) past the page; the same cap, made small here.
      for (const query of ["q=kite", "q=kite&sort=soonest", "q=kite&near=52.48,-1.9&sort=nearest", "q=kite&page=2"]) {
        const { search: resolved } = await prepareOfferSearch(
          world.db,
          parseOfferSearchParams(new URLSearchParams(query)),
        );
        const exact = await runOfferSearch(world.db, { ...resolved, countUpTo: null });
        const capped = await runOfferSearch(world.db, { ...resolved, countUpTo: 21 });
        expect(exact[0]?.total, query).toBe(25);
        expect(capped[0]?.total, query).toBe(21);
        expect(
          capped.map((row) => row.id),
          query,
        ).toEqual(exact.map((row) => row.id));
      }
    });
  });
});
