import { type Database, dateOnly } from "@free-city/db";
import {
  makeCategory,
  makeDistrict,
  makeOfferRow,
  makeSuspendedOrganisation,
  makeVenue,
  type TestDatabase,
  testDatabaseKind,
} from "@free-city/db/testing";
import { type OfferSearchInput, parseOfferSearchParams, SEARCH_ACCESS, toSearchParams } from "@free-city/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, makeWorld } from "../../test/setup.ts";
import { countSearchFilters, type SearchFilterCounts } from "./count-search-filters.ts";
import { prepareOfferSearch, runOfferSearch, searchOffers } from "./search-offers.ts";

/**
 * The filter counts against the search itself, on a real database: for a set of searches, every
 * option's count must equal the search's number of results with that option ticked (or picked).
 * The city is generated from a fixed seed, so the counts vary (some zero, some overlapping) and
 * every run is the same. The clock is fixed: Wednesday 16 June 2027, 10:00 in London.
 */
const NOW = new Date("2027-06-16T09:00:00Z");
const FEATURES = ["STEP_FREE", "LIFT", "HEARING_LOOP", "QUIET_SPACE", "BABY_CHANGING"] as const;

/** A small fixed pseudo-random sequence (mulberry32), so the city is the same on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe(`search filter counts (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  let db: Database;
  let organisationId: string;
  const districts: string[] = [];
  const categories: string[] = [];

  beforeAll(async () => {
    test = await createTestDatabase();
    const world = await makeWorld(test);
    db = world.db;
    organisationId = world.org.id;
    const next = random(17);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
    const suspended = await makeSuspendedOrganisation(db);

    const districtRows = [
      await makeDistrict(db),
      await makeDistrict(db),
      await makeDistrict(db),
      await makeDistrict(db),
    ];
    districts.push(...districtRows.map((d) => d.slug));
    const parents = [await makeCategory(db), await makeCategory(db), await makeCategory(db)];
    const child = await db.category.create({
      data: { slug: `${parents[0]?.slug}-child`, name: "Child", parentId: parents[0]?.id },
    });
    categories.push(...parents.map((c) => c.slug), child.slug);
    const categoryIds = [...parents.map((c) => c.id), child.id];
    const city = await db.district.findUniqueOrThrow({ where: { id: districtRows[0]?.id } });
    await db.schoolHoliday.create({
      data: { cityId: city.cityId, name: "Summer", startsOn: dateOnly("2027-07-22"), endsOn: dateOnly("2027-09-01") },
    });

    // Venues in the first three districts with some features; one pending venue in the fourth
    // (its offers must count nowhere by it).
    const venues: string[] = [];
    for (const [i, district] of districtRows.slice(0, 3).entries()) {
      for (let j = 0; j < 2; j++) {
        const venue = await makeVenue(db, world.org.id, district.id);
        await db.venue.update({
          where: { id: venue.id },
          data: { accessFeatures: FEATURES.filter(() => next() < 0.45), status: "APPROVED" },
        });
        venues.push(venue.id);
        if (i === 0 && j === 0) {
          const pending = await makeVenue(db, world.org.id, districtRows[3]?.id);
          await db.venue.update({ where: { id: pending.id }, data: { status: "PENDING" } });
          venues.push(pending.id);
        }
      }
    }

    for (let i = 0; i < 40; i++) {
      const weekly = next() < 0.6;
      await makeOfferRow(db, i % 13 === 12 ? suspended.id : world.org.id, {
        status: i % 11 === 10 ? "ARCHIVED" : "LIVE",
        minAge: next() < 0.5 ? pick([5, 8, 11]) : null,
        maxAge: next() < 0.5 ? pick([12, 16, 25]) : null,
        aloneFromAge: next() < 0.5 ? pick([8, 12, 14]) : null,
        costType: next() < 0.7 ? "FREE" : "FREE_WITH_CONDITION",
        costCondition: "with a card",
        sendFriendly: next() < 0.3,
        quietSessions: next() < 0.3,
        publishedAt: NOW,
        categories: {
          create: [...new Set([pick(categoryIds), ...(next() < 0.3 ? [pick(categoryIds)] : [])])].map((categoryId) => ({
            categoryId,
          })),
        },
        venues: {
          create: [...new Set([pick(venues), ...(next() < 0.3 ? [pick(venues)] : [])])].map((venueId) => ({ venueId })),
        },
        schedules: {
          create: weekly
            ? [
                {
                  kind: "WEEKLY",
                  dayOfWeek: 1 + Math.floor(next() * 7),
                  startMinute: pick([600, 960]),
                  endMinute: 1080,
                  validFrom: dateOnly("2027-01-01"),
                  validTo: dateOnly("2027-12-31"),
                },
              ]
            : [
                {
                  kind: "ONE_OFF",
                  date: dateOnly(pick(["2027-06-16", "2027-06-19", "2027-06-20", "2027-08-01"])),
                  startMinute: 600,
                  endMinute: 700,
                },
              ],
        },
      });
    }
  }, 120_000);
  afterAll(() => test?.close());

  /** The number of results, counted by the search statement itself (not the facet index the counts use). */
  const total = async (input: OfferSearchInput) => {
    const { search } = await prepareOfferSearch(db, input, NOW);
    return (await runOfferSearch(db, { ...search, countUpTo: null }))[0]?.total ?? 0;
  };
  const parse = (query: string) => parseOfferSearchParams(new URLSearchParams(query));

  /** Every option on the form, with the search state it leads to and the count shown for it. */
  function options(state: OfferSearchInput, counts: SearchFilterCounts) {
    const tick = <K extends "district" | "category" | "access">(key: K, value: OfferSearchInput[K][number]) => ({
      ...state,
      [key]: [...new Set([...(state[key] as string[]), value])],
    });
    return [
      ...districts.map((slug) => ({
        name: `district ${slug}`,
        count: counts.district[slug] ?? 0,
        state: tick("district", slug),
      })),
      ...categories.map((slug) => ({
        name: `category ${slug}`,
        count: counts.category[slug] ?? 0,
        state: tick("category", slug),
      })),
      ...(["any", "today", "weekend", "holidays"] as const).map((when) => ({
        name: `when ${when}`,
        count: counts.when[when],
        state: { ...state, when: when === "any" ? undefined : when },
      })),
      ...(["any", "free", "condition"] as const).map((cost) => ({
        name: `cost ${cost}`,
        count: counts.cost[cost],
        state: { ...state, cost: cost === "any" ? undefined : cost },
      })),
      ...SEARCH_ACCESS.map((access) => ({
        name: `access ${access}`,
        count: counts.access[access],
        state: tick("access", access),
      })),
      { name: "alone", count: counts.alone, state: { ...state, alone: true } },
    ];
  }

  const SEARCHES = [
    "",
    `district=DISTRICT0`,
    `district=DISTRICT0&district=DISTRICT1&category=CATEGORY1`,
    "category=CATEGORY0&when=weekend",
    "access=step-free&cost=free",
    "access=lift&access=hearing-loop&age=12",
    "alone=true&age=12&when=holidays",
    "day=1&day=6&afterSchool=true&access=send",
    "when=2027-06-20&category=CATEGORY3",
  ];

  it.each(SEARCHES)("every option's count is the number of results with it ticked: %s", async (template) => {
    const query = template
      .replace(/DISTRICT(\d)/g, (_, i) => districts[Number(i)] ?? "")
      .replace(/CATEGORY(\d)/g, (_, i) => categories[Number(i)] ?? "");
    const state = parse(query);
    const counts = await countSearchFilters(db, state, NOW);
    expect(counts.total).toBe(await total(state));
    const mismatches: string[] = [];
    for (const option of options(state, counts)) {
      const expected = await total(parse(toSearchParams(option.state).toString()));
      if (expected !== option.count) mismatches.push(`${option.name}: shown ${option.count}, gives ${expected}`);
    }
    expect(mismatches).toEqual([]);
    if (state.when && /^\d/.test(state.when)) expect(counts.when.date).toBe(counts.total);
    else expect(counts.when.date).toBeNull();
  });

  it("the counts are not all the same number (the fixture tells options apart)", async () => {
    const counts = await countSearchFilters(db, parse(""), NOW);
    const values = new Set([...Object.values(counts.district), ...Object.values(counts.access), counts.alone]);
    expect(values.size).toBeGreaterThan(4);
    // Some option gives nothing and is still counted (0), not left out.
    expect(Object.values(counts.access)).toContain(0);
    // The pending venue's district has no approved venue: nothing there.
    expect(counts.district[districts[3] ?? ""] ?? 0).toBe(0);
  });

  it("answers calls made at once (the search page runs the search and its counts side by side)", async () => {
    const input = parse("");
    const [found, counts, again] = await Promise.all([
      searchOffers(db, input, NOW),
      countSearchFilters(db, input, NOW),
      countSearchFilters(db, parse(`district=${districts[0]}`), NOW),
    ]);
    expect(counts.total).toBe(found.total);
    expect(again.total).toBe(counts.district[districts[0] ?? ""]);
  });

  // Last: it changes the city. Each instance keeps the counts' index for one content version.
  it("a change shows in the counts at once (the index follows the content version), keywords too", async () => {
    const before = await countSearchFilters(db, parse(""), NOW);
    const keyword = parse("q=zebrafinch");
    expect((await countSearchFilters(db, keyword, NOW)).total).toBe(0);
    const venue = await db.venue.findFirstOrThrow({ where: { status: "APPROVED", district: { slug: districts[0] } } });
    const offer = await makeOfferRow(db, organisationId, {
      status: "LIVE",
      title: "Zebrafinch club",
      costType: "FREE",
      publishedAt: NOW,
      venues: { create: [{ venueId: venue.id }] },
      schedules: { create: [{ kind: "ONE_OFF", date: dateOnly("2027-06-16"), startMinute: 900, endMinute: 960 }] },
    });
    const after = await countSearchFilters(db, parse(""), NOW);
    expect(after.total).toBe(before.total + 1);
    expect(after.district[districts[0] ?? ""]).toBe((before.district[districts[0] ?? ""] ?? 0) + 1);
    expect(after.when.today).toBe(before.when.today + 1);
    expect(after.cost.free).toBe(before.cost.free + 1);
    expect((await countSearchFilters(db, keyword, NOW)).total).toBe(1);
    expect(after.total).toBe(await total(parse("")));

    await db.offer.update({ where: { id: offer.id }, data: { status: "ARCHIVED" } });
    expect(await countSearchFilters(db, parse(""), NOW)).toEqual(before);
    expect((await countSearchFilters(db, keyword, NOW)).total).toBe(0);
  });
});
