import { type Database, dateOnly } from "@free-city/db";
import {
  makeCategory,
  makeDistrict,
  makeSuspendedOrganisation,
  makeVenue,
  type TestDatabase,
  testDatabaseKind,
} from "@free-city/db/testing";
import { type OfferSearchInput, parseOfferSearchParams } from "@free-city/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestDatabase, fillAllSections, makeWorld, type World } from "../../test/setup.ts";
import { type OfferSearchResult, prepareOfferSearch, runOfferSearch, searchOffers } from "./search-offers.ts";

/**
 * The portal search against a small, fixed city on a real database (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL): keywords, every filter, London dates, sorts, visibility, pages and the
 * capped count. Live offers are written directly (the search reads only the offer's own
 * columns and the venue / category / schedule / cancellation tables); the offers whose
 * visibility depends on the moderation lifecycle go through the real tRPC procedures.
 *
 * The clock is fixed: NOW is Wednesday 16 June 2027, 10:00 in London (BST).
 */
const NOW = new Date("2027-06-16T09:00:00Z");
const YEAR = { validFrom: "2027-01-01", validTo: "2027-12-31" };

type Session = { day: number; start: string; end: string } | { date: string; start: string; end: string };
type OfferSpec = {
  title: string;
  summary?: string;
  description?: string;
  status?: "DRAFT" | "IN_REVIEW" | "LIVE" | "CHANGES_REQUESTED" | "REJECTED" | "EXPIRED" | "ARCHIVED";
  organisationId?: string;
  categoryIds?: string[];
  venueIds?: string[];
  minAge?: number | null;
  maxAge?: number | null;
  aloneFromAge?: number | null;
  costType?: "FREE" | "FREE_WITH_CONDITION";
  sendFriendly?: boolean;
  quietSessions?: boolean;
  sessions?: Session[];
  cancelled?: string[];
};

const minute = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
let slugCounter = 0;

/** A live offer written straight to the tables the search reads. */
async function writeOffer(db: Database, organisationId: string, spec: OfferSpec): Promise<string> {
  const offer = await db.offer.create({
    data: {
      organisationId: spec.organisationId ?? organisationId,
      slug: `search-test-${slugCounter++}-${spec.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
      status: spec.status ?? "LIVE",
      title: spec.title,
      summary: spec.summary ?? "",
      description: spec.description ?? "",
      minAge: spec.minAge ?? null,
      maxAge: spec.maxAge ?? null,
      aloneFromAge: spec.aloneFromAge ?? null,
      costType: spec.costType ?? "FREE",
      costCondition: spec.costType === "FREE_WITH_CONDITION" ? "with a leisure card" : null,
      sendFriendly: spec.sendFriendly ?? false,
      quietSessions: spec.quietSessions ?? false,
      publishedAt: NOW,
      categories: { create: (spec.categoryIds ?? []).map((categoryId) => ({ categoryId })) },
      venues: { create: (spec.venueIds ?? []).map((venueId) => ({ venueId })) },
      schedules: {
        create: (spec.sessions ?? []).map((s) =>
          "day" in s
            ? {
                kind: "WEEKLY" as const,
                dayOfWeek: s.day,
                startMinute: minute(s.start),
                endMinute: minute(s.end),
                validFrom: dateOnly(YEAR.validFrom),
                validTo: dateOnly(YEAR.validTo),
              }
            : {
                kind: "ONE_OFF" as const,
                date: dateOnly(s.date),
                startMinute: minute(s.start),
                endMinute: minute(s.end),
              },
        ),
      },
      cancellations: { create: (spec.cancelled ?? []).map((date) => ({ date: dateOnly(date), reason: "Closed" })) },
    },
  });
  return offer.id;
}

describe(`portal offer search (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  let world: World;
  let db: Database;
  const d: Record<"a" | "b" | "c" | "d", { id: string; slug: string }> = {} as never;
  const cat: Record<"sport" | "football" | "music" | "art", { id: string; slug: string }> = {} as never;
  const place = { a: { lat: 52.48, lng: -1.9 }, b: { lat: 52.4, lng: -1.95 }, c: { lat: 52.52, lng: -1.8 } };

  /**
   * Search as the portal does: URL parameters, parsed leniently, at the fixed clock. Every search
   * is checked against the statement alone (its own conditions, fast paths and exact count, no
   * facet index): the portal takes the total, and for few matches the ids, from the index.
   */
  const search = async (query: string | Partial<OfferSearchInput>, now: Date = NOW): Promise<OfferSearchResult> => {
    const input = parseOfferSearchParams(typeof query === "string" ? new URLSearchParams(query) : (query as never));
    const result = await searchOffers(db, input, now);
    const { search: resolved } = await prepareOfferSearch(db, input, now);
    const rows = await runOfferSearch(db, { ...resolved, countUpTo: null });
    const label = JSON.stringify(query);
    expect(result.total, label).toBe(rows[0]?.total ?? 0);
    expect(
      result.items.map((item) => item.id),
      label,
    ).toEqual(rows.flatMap((row) => row.id ?? []));
    return result;
  };
  const titles = async (query: string, now?: Date) => (await search(query, now)).items.map((item) => item.title);
  const sorted = async (query: string, now?: Date) => (await titles(query, now)).sort();

  beforeAll(async () => {
    test = await createTestDatabase();
    world = await makeWorld(test);
    db = world.db;
    for (const key of ["a", "b", "c", "d"] as const) d[key] = await makeDistrict(db);
    for (const key of ["sport", "music", "art"] as const) cat[key] = await makeCategory(db);
    cat.football = await db.category.create({
      data: { slug: `${cat.sport.slug}-football`, name: "Football", parentId: cat.sport.id },
    });

    const venue = async (
      district: { id: string },
      at: { lat: number; lng: number },
      features: ("STEP_FREE" | "LIFT")[],
      status: "APPROVED" | "PENDING" = "APPROVED",
    ) => {
      const v = await makeVenue(db, world.org.id, district.id);
      await db.venue.update({
        where: { id: v.id },
        data: { latitude: at.lat, longitude: at.lng, accessFeatures: features, status },
      });
      return v.id;
    };
    const vA = await venue(d.a, place.a, ["STEP_FREE"]);
    const vB = await venue(d.b, place.b, ["LIFT"]);
    const vC = await venue(d.c, place.c, []);
    // Step-free and in district D, but not approved yet: it must not count for anything.
    const vPending = await venue(d.d, place.c, ["STEP_FREE"], "PENDING");

    const city = await db.district.findUniqueOrThrow({ where: { id: d.a.id } });
    await db.schoolHoliday.create({
      data: {
        cityId: city.cityId,
        name: "Summer holiday",
        startsOn: dateOnly("2027-07-22"),
        endsOn: dateOnly("2027-09-01"),
      },
    });
    await db.schoolHoliday.create({
      data: {
        cityId: city.cityId,
        name: "Easter holiday",
        startsOn: dateOnly("2027-03-29"),
        endsOn: dateOnly("2027-04-09"),
      },
    });
    // The postcode district B15, placed at venue C (the factories make no postcode areas).
    await db.postcodeArea.create({
      data: { outcode: "B15", districtId: d.c.id, latitude: place.c.lat, longitude: place.c.lng },
    });

    const org = world.org.id;
    await writeOffer(db, org, {
      title: "Football coaching",
      summary: "Skills and matches for beginners.",
      description: "Boots optional.",
      categoryIds: [cat.football.id],
      venueIds: [vA],
      minAge: 8,
      maxAge: 12,
      aloneFromAge: 11,
      sessions: [{ day: 6, start: "10:00", end: "12:00" }],
      cancelled: ["2027-06-19"], // this Saturday
    });
    await writeOffer(db, org, {
      title: "Art club",
      summary: "Paint, draw and make things.",
      description: "This term we paint football shirts.",
      categoryIds: [cat.art.id],
      venueIds: [vB],
      minAge: 10,
      maxAge: 25,
      aloneFromAge: 12,
      quietSessions: true,
      sessions: [{ day: 1, start: "15:30", end: "17:00" }],
    });
    await writeOffer(db, org, {
      title: "Swimming lessons",
      summary: "Learn strokes in a friendly pool.",
      categoryIds: [cat.sport.id],
      venueIds: [vB],
      minAge: 5,
      maxAge: 15,
      costType: "FREE_WITH_CONDITION",
      sendFriendly: true,
      sessions: [{ day: 3, start: "16:00", end: "17:00" }],
    });
    await writeOffer(db, org, {
      title: "Music jam",
      summary: "Bring an instrument or borrow one.",
      categoryIds: [cat.music.id],
      venueIds: [vC],
      aloneFromAge: 14,
      sessions: [{ date: "2027-06-20", start: "16:00", end: "18:00" }],
    });
    await writeOffer(db, org, {
      title: "Summer games day",
      summary: "Races, rounders and a picnic.",
      categoryIds: [cat.sport.id],
      venueIds: [vA],
      minAge: 5,
      sessions: ["2027-07-11", "2027-08-05", "2027-10-31", "2028-03-26"].map((date) => ({
        date,
        start: "11:00",
        end: "15:00",
      })),
    });
    await writeOffer(db, org, {
      title: "Chess club",
      summary: "Learn openings and play friendly opponents.",
      venueIds: [vC, vPending],
      maxAge: 11,
      sessions: [{ day: 2, start: "14:59", end: "16:00" }],
    });
    await writeOffer(db, org, {
      title: "Homework help",
      summary: "Tutors and a calm room to work in.",
      venueIds: [vC],
      minAge: 11,
      maxAge: 16,
      sessions: [{ day: 4, start: "15:00", end: "17:00" }],
    });
  }, 120_000);
  afterAll(() => test?.close());

  const ALL = [
    "Art club",
    "Chess club",
    "Football coaching",
    "Homework help",
    "Music jam",
    "Summer games day",
    "Swimming lessons",
  ];

  it("finds every live offer with no filters, through the public tRPC procedure too", async () => {
    expect(await sorted("")).toEqual(ALL);
    const viaTrpc = await callerFor(db, null).search.offers(new URLSearchParams("q=football") as never);
    expect(viaTrpc.items.map((item) => item.title)).toEqual(["Football coaching", "Art club"]);
  });

  describe("keywords", () => {
    it("ranks a title match above a description-only match", async () => {
      const result = await search("q=football");
      expect(result.items.map((item) => item.title)).toEqual(["Football coaching", "Art club"]);
      expect(result.appliedFilters.sort).toBe("relevance");
    });

    it("tolerates typos and word stems", async () => {
      expect(await titles("q=footbal")).toContain("Football coaching");
      expect((await titles("q=footbal"))[0]).toBe("Football coaching");
      expect(await titles("q=swim")).toEqual(["Swimming lessons"]);
      expect(await titles("q=chss club")).toContain("Chess club");
    });

    it("finds nothing for an unrelated keyword", async () => {
      const result = await search("q=zebra");
      expect(result.items).toEqual([]);
      expect(result.total).toBe(0);
      expect(result.totalPages).toBe(0);
    });
  });

  describe("filters", () => {
    it("district: one, several, and only through approved venues", async () => {
      expect(await sorted(`district=${d.a.slug}`)).toEqual(["Football coaching", "Summer games day"]);
      expect(await sorted(`district=${d.a.slug}&district=${d.b.slug}`)).toEqual([
        "Art club",
        "Football coaching",
        "Summer games day",
        "Swimming lessons",
      ]);
      expect(await sorted(`district=${d.c.slug}`)).toEqual(["Chess club", "Homework help", "Music jam"]);
      expect(await titles(`district=${d.d.slug}`)).toEqual([]);
    });

    it("category: a parent finds offers in its sub-categories", async () => {
      expect(await sorted(`category=${cat.sport.slug}`)).toEqual([
        "Football coaching",
        "Summer games day",
        "Swimming lessons",
      ]);
      expect(await titles(`category=${cat.football.slug}`)).toEqual(["Football coaching"]);
      expect(await sorted(`category=${cat.music.slug}&category=${cat.art.slug}`)).toEqual(["Art club", "Music jam"]);
    });

    it("age: inclusive at both ends, a missing bound is open", async () => {
      expect(await sorted("age=12")).toEqual([
        "Art club",
        "Football coaching",
        "Homework help",
        "Music jam",
        "Summer games day",
        "Swimming lessons",
      ]);
      expect(await sorted("age=11")).toEqual(ALL);
      expect(await sorted("age=10")).toEqual([
        "Art club",
        "Chess club",
        "Football coaching",
        "Music jam",
        "Summer games day",
        "Swimming lessons",
      ]);
      expect(await sorted("age=4")).toEqual(["Chess club", "Music jam"]);
      expect(await sorted("age=25")).toEqual(["Art club", "Music jam", "Summer games day"]);
    });

    it("alone: any age from which one may come alone, or at my age", async () => {
      expect(await sorted("alone=1")).toEqual(["Art club", "Football coaching", "Music jam"]);
      expect(await titles("alone=1&age=11")).toEqual(["Football coaching"]);
      expect(await sorted("alone=1&age=12")).toEqual(["Art club", "Football coaching"]);
      expect(await sorted("alone=1&age=14")).toEqual(["Art club", "Music jam"]);
    });

    it("cost: free, or free with a condition", async () => {
      expect(await titles("cost=condition")).toEqual(["Swimming lessons"]);
      expect(await sorted("cost=free")).toEqual(ALL.filter((title) => title !== "Swimming lessons"));
    });

    it("access: step-free from approved venues' features; SEND-friendly and quiet from the offer", async () => {
      expect(await sorted("access=step-free")).toEqual(["Football coaching", "Summer games day"]);
      expect(await titles("access=send")).toEqual(["Swimming lessons"]);
      expect(await titles("access=quiet")).toEqual(["Art club"]);
      expect(await titles("access=send&access=quiet")).toEqual([]);
    });

    it("access: every venue feature, all of them at one venue", async () => {
      expect(await sorted("access=lift")).toEqual(["Art club", "Swimming lessons"]);
      expect(await titles("access=hearing-loop")).toEqual([]);
      // Step-free is at venue A, the lift at venue B: no one venue has both.
      expect(await titles("access=lift&access=step-free")).toEqual([]);
    });

    it("when=today is the city's date (Wednesday 16 June)", async () => {
      const result = await search("when=today");
      expect(result.items.map((item) => item.title)).toEqual(["Swimming lessons"]);
      expect(result.items[0]!.nextDate).toBe("2027-06-16");
    });

    it("when=weekend: this Saturday and Sunday, and a cancelled date does not count as on", async () => {
      // Football is cancelled this Saturday (19th); the music jam is on Sunday the 20th.
      expect(await titles("when=weekend")).toEqual(["Music jam"]);
      // Next weekend Football is back: "weekend" on Saturday the 26th itself.
      expect(await sorted("when=weekend", new Date("2027-06-26T09:00:00Z"))).toEqual(["Football coaching"]);
      // On a Sunday, "this weekend" is what is left of it: today.
      expect(await titles("when=weekend", new Date("2027-06-20T09:00:00Z"))).toEqual(["Music jam"]);
    });

    it("when=a date, and cancellations", async () => {
      expect(await titles("when=2027-06-19")).toEqual([]);
      expect(await titles("when=2027-06-26")).toEqual(["Football coaching"]);
      expect(await titles("when=date&date=2027-06-21")).toEqual(["Art club"]);
      expect(await sorted("when=2027-08-05")).toEqual(["Homework help", "Summer games day"]);
      // A cancelled date does not move an offer's next session out of the list, only that day.
      const football = (await search("q=football")).items.find((item) => item.title === "Football coaching")!;
      expect(football.nextDate).toBe("2027-06-26");
    });

    it("when=holidays: the next school holiday", async () => {
      const result = await search("when=holidays");
      expect(result.items.map((item) => item.title).sort()).toEqual(ALL.filter((title) => title !== "Music jam"));
      expect(result.appliedFilters.when).toBe("holidays");
      expect(result.labels.holiday).toEqual({ name: "Summer holiday", startsOn: "2027-07-22", endsOn: "2027-09-01" });
      // Within the Easter holiday the search uses it, from today: Chess on Tuesdays, etc.; not the Sunday one-offs.
      const easter = await search("when=holidays&day=7", new Date("2027-03-30T09:00:00Z"));
      expect(easter.labels.holiday?.name).toBe("Easter holiday");
      expect(easter.items).toEqual([]);
      expect(await titles(`when=holidays&category=${cat.music.slug}`)).toEqual([]);
    });

    it("day of the week", async () => {
      expect(await titles("day=3")).toEqual(["Swimming lessons"]);
      expect(await titles("day=6")).toEqual(["Football coaching"]);
      expect(await sorted("day=7")).toEqual(["Music jam", "Summer games day"]);
      expect(await sorted("day=1&day=2")).toEqual(["Art club", "Chess club"]);
    });

    it("after school: weekdays, starting at 15:00 or later", async () => {
      // Homework help starts at 15:00 exactly (in), Chess at 14:59 (out), the Sunday jam at 16:00 (weekend: out).
      expect(await sorted("afterSchool=1")).toEqual(["Art club", "Homework help", "Swimming lessons"]);
      expect(await titles("afterSchool=1&day=6")).toEqual([]);
      expect(await titles("afterSchool=1&when=weekend")).toEqual([]);
      expect(await titles("afterSchool=1&when=today")).toEqual(["Swimming lessons"]);
    });

    it("combines filters", async () => {
      expect(
        await titles(`q=lessons&district=${d.b.slug}&age=15&cost=condition&access=send&day=3&afterSchool=1`),
      ).toEqual(["Swimming lessons"]);
      expect(await titles(`q=lessons&district=${d.a.slug}`)).toEqual([]);
    });
  });

  describe("on today, in London's date whatever the server's zone", () => {
    const onToday = (now: string) => titles("when=today", new Date(now));

    it("summer (BST): 23:30 UTC is already the next day", async () => {
      expect(await onToday("2027-06-16T22:30:00Z")).toEqual(["Swimming lessons"]); // 23:30 BST Wednesday
      expect(await onToday("2027-06-16T23:30:00Z")).toEqual(["Homework help"]); // 00:30 BST Thursday
      expect(await onToday("2027-07-10T23:30:00Z")).toEqual(["Summer games day"]); // 00:30 BST Sunday 11 July
      expect(await onToday("2027-07-10T22:30:00Z")).not.toContain("Summer games day"); // 23:30 BST Saturday 10th
    });

    it("around the October clock change (BST → GMT on 31 October 2027)", async () => {
      expect(await onToday("2027-10-30T22:30:00Z")).not.toContain("Summer games day"); // 23:30 BST on the 30th
      expect(await onToday("2027-10-30T23:30:00Z")).toContain("Summer games day"); // 00:30 BST on the 31st
      expect(await onToday("2027-10-31T23:30:00Z")).toContain("Summer games day"); // 23:30 GMT, still the 31st
      expect(await onToday("2027-11-01T00:30:00Z")).not.toContain("Summer games day"); // 00:30 GMT on 1 November
    });

    it("around the March clock change (GMT → BST on 26 March 2028)", async () => {
      expect(await onToday("2028-03-25T23:30:00Z")).not.toContain("Summer games day"); // 23:30 GMT on the 25th
      expect(await onToday("2028-03-26T00:30:00Z")).toContain("Summer games day"); // 00:30 GMT on the 26th
      expect(await onToday("2028-03-26T22:30:00Z")).toContain("Summer games day"); // 23:30 BST, still the 26th
      expect(await onToday("2028-03-26T23:30:00Z")).not.toContain("Summer games day"); // 00:30 BST on the 27th
    });
  });

  describe("sorting", () => {
    it("soonest: by each offer's next session (a cancelled date skipped)", async () => {
      const result = await search("sort=soonest");
      expect(result.items.map((item) => [item.title, item.nextDate])).toEqual([
        ["Swimming lessons", "2027-06-16"],
        ["Homework help", "2027-06-17"],
        ["Music jam", "2027-06-20"],
        ["Art club", "2027-06-21"],
        ["Chess club", "2027-06-22"],
        ["Football coaching", "2027-06-26"],
        ["Summer games day", "2027-07-11"],
      ]);
    });

    it("nearest: from a position", async () => {
      const result = await search(`near=${place.b.lat},${place.b.lng}&sort=nearest`);
      expect(result.appliedFilters.sort).toBe("nearest");
      const items = result.items.map((item) => [item.title, item.distanceMetres] as const);
      expect(
        items
          .slice(0, 2)
          .map(([title]) => title)
          .sort(),
      ).toEqual(["Art club", "Swimming lessons"]);
      expect(items[0]![1]).toBe(0);
      expect(
        items
          .slice(2, 4)
          .map(([title]) => title)
          .sort(),
      ).toEqual(["Football coaching", "Summer games day"]);
      const distances = items.map(([, metres]) => metres!);
      expect(distances).toEqual([...distances].sort((x, y) => x - y));
      // 52.40,-1.95 → 52.48,-1.90 is about 9.6 km.
      expect(distances[2]).toBeGreaterThan(9_000);
      expect(distances[2]).toBeLessThan(10_500);
    });

    it("nearest: from a postcode district, a full postcode keeping only its district", async () => {
      const result = await search("postcode=b15 2tt&sort=nearest");
      expect(result.appliedFilters.postcode).toBe("B15");
      expect(result.appliedFilters.sort).toBe("nearest");
      expect(
        result.items
          .slice(0, 3)
          .map((item) => item.title)
          .sort(),
      ).toEqual(["Chess club", "Homework help", "Music jam"]);
      expect(result.items.at(-1)!.distanceMetres).toBeGreaterThan(10_000);
      // The postcode is a place for sorting, not a filter.
      expect(result.total).toBe(ALL.length);
    });

    it("falls back when a sort cannot apply", async () => {
      expect((await search("sort=nearest")).appliedFilters.sort).toBe("soonest");
      expect((await search("sort=nearest&q=football")).appliedFilters.sort).toBe("relevance");
      expect((await search("sort=relevance")).appliedFilters.sort).toBe("soonest");
      const unknownPostcode = await search("postcode=ZZ9&sort=nearest");
      expect(unknownPostcode.appliedFilters.postcode).toBeUndefined();
      expect(unknownPostcode.appliedFilters.sort).toBe("soonest");
      expect(unknownPostcode.items[0]!.title).toBe("Swimming lessons");
      // A position wins over a postcode.
      const both = await search(`near=${place.a.lat},${place.a.lng}&postcode=B15&sort=nearest`);
      expect(both.appliedFilters.postcode).toBeUndefined();
      expect(
        both.items
          .slice(0, 2)
          .map((item) => item.title)
          .sort(),
      ).toEqual(["Football coaching", "Summer games day"]);
    });

    it("appliedFilters drops unknown districts and categories and past dates", async () => {
      const result = await search(`district=atlantis&district=${d.a.slug}&category=unicorns&when=2027-06-15`);
      expect(result.appliedFilters.district).toEqual([d.a.slug]);
      expect(result.appliedFilters.category).toEqual([]);
      expect(result.appliedFilters.when).toBeUndefined();
      expect(result.items.map((item) => item.title).sort()).toEqual(["Football coaching", "Summer games day"]);
      expect(result.labels.district).toEqual({ [d.a.slug]: expect.any(String) });
      // Only unknown names: nothing is filtered at all.
      expect((await search("district=atlantis&category=unicorns")).total).toBe(ALL.length);
      // Today's date still applies.
      expect((await search("when=2027-06-16")).appliedFilters.when).toBe("2027-06-16");
    });
  });

  describe("visibility", () => {
    it("never shows offers that are not live, of suspended organisations, or a pending edit", async () => {
      const org = world.org.id;
      for (const status of ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "REJECTED", "ARCHIVED", "EXPIRED"] as const) {
        await writeOffer(db, org, {
          title: `Kite flying ${status.toLowerCase()}`,
          status,
          venueIds: [],
          sessions: [{ day: 3, start: "16:00", end: "17:00" }],
        });
      }
      const suspended = await makeSuspendedOrganisation(db);
      await writeOffer(db, org, {
        title: "Kite flying suspended",
        organisationId: suspended.id,
        sessions: [{ day: 3, start: "16:00", end: "17:00" }],
      });

      // Through the real lifecycle: a draft, one submitted but never approved, and a live offer with an edit in review.
      const partner = callerFor(db, world.partner);
      const draft = await partner.offer.create({ organisationId: org, title: "Kite flying lifecycle draft" });
      await fillAllSections(world, draft.id, { ...world.content, title: "Kite flying lifecycle draft" });
      const inReview = await partner.offer.create({ organisationId: org, title: "Kite flying lifecycle review" });
      await fillAllSections(world, inReview.id, { ...world.content, title: "Kite flying lifecycle review" });
      await partner.offer.submit({ organisationId: org, offerId: inReview.id });
      expect((await db.offer.findUniqueOrThrow({ where: { id: inReview.id } })).status).toBe("IN_REVIEW");

      const pottery = await partner.offer.create({ organisationId: org, title: "Pottery workshop" });
      await fillAllSections(world, pottery.id, {
        ...world.content,
        title: "Pottery workshop",
        summary: "Make a pot on the wheel.",
      });
      const { revisionId } = await partner.offer.submit({ organisationId: org, offerId: pottery.id });
      await callerFor(db, world.moderator).offer.decide({ revisionId, outcome: "APPROVED" });
      expect(await titles("q=pottery")).toEqual(["Pottery workshop"]);

      const ref = { organisationId: org, offerId: pottery.id };
      await partner.offer.saveSection({
        ...ref,
        section: "basics",
        values: {
          title: "Secret pending title",
          summary: "Pending summary words",
          description: "",
          categoryIds: world.content.categoryIds,
        },
      });
      await partner.offer.submit(ref);

      expect(await titles("q=kite")).toEqual([]);
      expect((await search("q=kite")).total).toBe(0);
      expect(await titles("day=3")).toEqual(["Swimming lessons"]);
      expect(await titles("q=secret")).toEqual([]);
      expect(await titles("q=pending summary")).toEqual([]);
      const live = (await search("q=pottery")).items;
      expect(live.map((item) => [item.title, item.summary])).toEqual([
        ["Pottery workshop", "Make a pot on the wheel."],
      ]);

      // Suspending an organisation hides its live offers at once; lifting it shows them again.
      const visible = await writeOffer(db, org, { title: "Kite flying visible" });
      expect(await titles("q=kite")).toEqual(["Kite flying visible"]);
      await db.organisation.update({ where: { id: org }, data: { suspendedAt: new Date(), suspendedReason: "test" } });
      expect(await titles("q=kite")).toEqual([]);
      expect(await titles("q=pottery")).toEqual([]);
      await db.organisation.update({ where: { id: org }, data: { suspendedAt: null, suspendedReason: null } });
      await db.offer.delete({ where: { id: visible } });
      await db.offer.update({ where: { id: pottery.id }, data: { status: "ARCHIVED" } });
    });
  });

  describe("pages", () => {
    it("twenty per page; page 2 continues page 1 without overlap; the total counts them all", async () => {
      const org = world.org.id;
      for (let i = 0; i < 45; i++) {
        await writeOffer(db, org, {
          title: `Lantern making ${String(i).padStart(2, "0")}`,
          sessions: [{ date: `2027-07-${String((i % 28) + 1).padStart(2, "0")}`, start: "10:00", end: "11:00" }],
        });
      }
      for (const sort of ["relevance", "soonest"]) {
        const pages = await Promise.all([1, 2, 3, 4].map((page) => search(`q=lantern&sort=${sort}&page=${page}`)));
        expect(pages.map((p) => p.total)).toEqual([45, 45, 45, 45]);
        expect(pages[0]!.totalPages).toBe(3);
        expect(pages[0]!.perPage).toBe(20);
        expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5, 0]);
        expect(pages.map((p) => p.page)).toEqual([1, 2, 3, 4]);
        const ids = pages.flatMap((p) => p.items.map((item) => item.id));
        expect(new Set(ids).size).toBe(45);
        if (sort === "soonest") {
          const dates = pages.flatMap((p) => p.items.map((item) => item.nextDate!));
          expect(dates).toEqual([...dates].sort());
        }
      }
      // Without a keyword, the lanterns and the city's offers together.
      const everything = await search("page=3");
      expect(everything.total).toBe(45 + ALL.length);
      expect(everything.items).toHaveLength(12);
    });

    it("near misses of a keyword count only when its words as written find less than a page", async () => {
      const parade = await writeOffer(db, world.org.id, { title: "Latern parade" });
      // 45 lanterns as written: "Latern" (a near miss, 0.63) is not looked for.
      expect((await search("q=lantern")).total).toBe(45);
      // Nothing has "lanterm" as written: the lanterns count as its near misses.
      expect((await search("q=lanterm")).total).toBe(45);
      // One has "latern" as written, fewer than a page: the near misses count too, after it.
      const latern = await search("q=latern");
      expect(latern.total).toBe(46);
      expect(latern.items[0]?.title).toBe("Latern parade");
      await db.offer.delete({ where: { id: parade } });
    });

    it("relevance: pages found by the walk (the fast path) agree with the full ordering", async () => {
      // Lanterns: 45 titles with the word. "lanterm": none as written, 45 near misses. "latern":
      // one as written, then the near misses. Pages 1 and 2 come from the walk; one statement
      // asking for all of them at once (more than there are) takes the full path.
      const parade = await writeOffer(db, world.org.id, { title: "Latern parade" });
      for (const q of ["lantern", "lanterm", "latern"]) {
        const { search: resolved } = await prepareOfferSearch(
          db,
          parseOfferSearchParams(new URLSearchParams({ q })),
          NOW,
        );
        const pages = await Promise.all([0, 20, 40].map((offset) => runOfferSearch(db, { ...resolved, offset })));
        const whole = await runOfferSearch(db, { ...resolved, offset: 0, limit: 100 });
        expect(whole.length, q).toBe(q === "lantern" ? 45 : 46 - Number(q === "lanterm"));
        expect(
          pages.flat().map((row) => row.id),
          q,
        ).toEqual(whole.map((row) => row.id));
        // Best first: the title with the words as written, then the near misses.
        if (q === "latern") expect(whole[0]?.title).toBe("Latern parade");
      }
      await db.offer.delete({ where: { id: parade } });
    });

    it("a capped count stops counting at its cap and leaves the page as it was", async () => {
      // The portal counts up to COUNT_AHEAD (1 000) past the page; the same cap, made small here.
      for (const query of [
        "q=lantern",
        "q=lantern&sort=soonest",
        `q=lantern&near=${place.a.lat},${place.a.lng}&sort=nearest`,
        "q=lantern&page=2",
      ]) {
        const { search: resolved } = await prepareOfferSearch(
          db,
          parseOfferSearchParams(new URLSearchParams(query)),
          NOW,
        );
        const exact = await runOfferSearch(db, { ...resolved, countUpTo: null });
        const capped = await runOfferSearch(db, { ...resolved, countUpTo: 21 });
        expect(exact[0]?.total, query).toBe(45);
        expect(capped[0]?.total, query).toBe(21);
        expect(
          capped.map((row) => row.id),
          query,
        ).toEqual(exact.map((row) => row.id));
      }
    });

    it("nearest, when a page fills from the nearest venues alone, agrees with the full ordering on the next page", async () => {
      // 25 kestrel walks, each at its own venue, 200 m further out each time, north-east of the
      // city's other venues. Page 1 comes from the 20 nearest venues (the fast path); page 2 needs
      // every offer's distance (the full path). Together they are one ordering, nearest first.
      const org = world.org.id;
      const district = (await world.db.district.findFirstOrThrow()).id;
      for (let i = 0; i < 25; i++) {
        const venue = await db.venue.create({
          data: {
            organisationId: org,
            districtId: district,
            slug: `kestrel-venue-${i}`,
            name: `Kestrel hide ${i}`,
            addressLine1: "Field",
            town: "Birmingham",
            postcode: "B1 1AA",
            status: "APPROVED",
            latitude: 52.6 + i * 0.0018,
            longitude: -1.7,
          },
        });
        await writeOffer(db, org, {
          title: `Kestrel walk ${String(i).padStart(2, "0")}`,
          venueIds: [venue.id],
          sessions: [{ day: 3, start: "10:00", end: "11:00" }],
        });
      }
      const near = "near=52.6,-1.7&sort=nearest&q=kestrel";
      const [first, second] = await Promise.all([search(near), search(`${near}&page=2`)]);
      expect(first.total).toBe(25);
      const titles = [...first.items, ...second.items].map((item) => item.title);
      expect(titles).toEqual(Array.from({ length: 25 }, (_, i) => `Kestrel walk ${String(i).padStart(2, "0")}`));
      const distances = [...first.items, ...second.items].map((item) => item.distanceMetres!);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(distances[24]).toBeGreaterThan(4_800);
    });

    it("soonest, when a page fills from the first day alone, agrees with the full ordering on the next page", async () => {
      // Wednesday 16 June 2027 (today): 21 kites fly today at 10:00–14:00, one is cancelled today
      // and flies next Wednesday. Page 1 comes from today's sessions alone (the fast path: 21 ≥ 20);
      // page 2 needs every next date (the full path). Together they are one ordering.
      const org = world.org.id;
      for (let i = 0; i < 22; i++) {
        const start = `${10 + (i % 5)}:00`;
        await writeOffer(db, org, {
          title: `Kite ${start} #${String(i).padStart(2, "0")}`,
          sessions: [{ day: 3, start, end: "15:30" }],
          cancelled: i === 0 ? ["2027-06-16"] : [],
        });
      }
      const [first, second] = await Promise.all([search("q=kite&sort=soonest"), search("q=kite&sort=soonest&page=2")]);
      expect(first.total).toBe(22);
      expect(first.items).toHaveLength(20);
      expect(first.items.every((item) => item.nextDate === "2027-06-16")).toBe(true);
      const startOf = (title: string) => title.slice(5, 10);
      const starts = first.items.map((item) => startOf(item.title));
      expect(starts).toEqual([...starts].sort());
      expect(second.items.map((item) => [startOf(item.title), item.nextDate])).toEqual([
        ["14:00", "2027-06-16"],
        ["10:00", "2027-06-23"],
      ]);
      expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(22);
      expect(second.items[1]!.title).toBe("Kite 10:00 #00");
    });

    it("soonest, first-day fast path: an offer with several sessions that day shows once, at its earliest", async () => {
      // Wednesday 16 June 2027 (today): 20 gliders fly from 12:00, a minute apart; one more flies at 15:00, 11:00
      // and (a one-off) 09:00 today, and must come first, once, among the 20 on page 1.
      const org = world.org.id;
      for (let i = 0; i < 20; i++) {
        await writeOffer(db, org, {
          title: `Glider ${String(i).padStart(2, "0")}`,
          sessions: [{ day: 3, start: `12:${String(i).padStart(2, "0")}`, end: "13:00" }],
        });
      }
      await writeOffer(db, org, {
        title: "Glider early",
        sessions: [
          { day: 3, start: "15:00", end: "16:00" },
          { day: 3, start: "11:00", end: "11:30" },
          { date: "2027-06-16", start: "09:00", end: "10:00" },
        ],
      });
      const [first, second] = await Promise.all([
        search("q=glider&sort=soonest"),
        search("q=glider&sort=soonest&page=2"),
      ]);
      expect(first.total).toBe(21);
      expect(first.items.map((item) => item.title)).toEqual([
        "Glider early",
        ...Array.from({ length: 19 }, (_, i) => `Glider ${String(i).padStart(2, "0")}`),
      ]);
      expect(second.items.map((item) => item.title)).toEqual(["Glider 19"]);
    });
  });
});
