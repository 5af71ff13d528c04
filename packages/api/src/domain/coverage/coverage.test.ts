import { addDays, dateOnly, todayInCity } from "@free-city/db";
import { makeCategory, makeDistrict, makeOfferRow, makeVenue, testDatabaseKind } from "@free-city/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, expectRefused, useTestWorld } from "../../test/setup.ts";
import { median } from "./get-coverage.ts";
import { takeCoverageSnapshot } from "./take-coverage-snapshot.ts";

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe(`coverage by district (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  let sport: string;
  let north: string;
  let south: string;
  const today = todayInCity();
  beforeAll(async () => {
    sport = (await makeCategory(world.db)).id;
    north = (await makeDistrict(world.db)).id;
    south = (await makeDistrict(world.db)).id;
    const [northVenue, southVenue] = [
      await makeVenue(world.db, world.org.id, north),
      await makeVenue(world.db, world.org.id, south),
    ];
    const live = async (venueId: string, ages: [number, number], day: number, status: "LIVE" | "DRAFT" = "LIVE") =>
      makeOfferRow(world.db, world.org.id, {
        status,
        minAge: ages[0],
        maxAge: ages[1],
        venues: { create: { venueId } },
        categories: { create: { categoryId: sport } },
        schedules: {
          create: {
            kind: "WEEKLY",
            dayOfWeek: day,
            startMinute: 600,
            endMinute: 660,
            validFrom: dateOnly(addDays(today, -30)),
            validTo: dateOnly(addDays(today, 60)),
          },
        },
      });
    // North: three sport offers (one for 8–14, spanning two bands; one on Saturdays); South: one, for 16–19. A draft never counts.
    await live(northVenue.id, [8, 14], 2);
    await live(northVenue.id, [11, 15], 6);
    await live(northVenue.id, [5, 10], 3);
    await live(southVenue.id, [16, 19], 4);
    await live(southVenue.id, [5, 10], 4, "DRAFT");
  });

  const cell = (data: Awaited<ReturnType<ReturnType<typeof callerFor>["coverage"]["dashboard"]>>, district: string) =>
    data.rows.find((r) => r.id === district)!.cells[data.columns.findIndex((c) => c.id === sport)]!;

  it("counts live offers and weekly sessions per district and category, each offer once for all ages", async () => {
    const staff = callerFor(world.db, world.moderator);
    const all = await staff.coverage.dashboard({ view: "all", band: "all" });
    expect(cell(all, north)).toMatchObject({ liveOffers: 3, weeklySessions: 3 });
    expect(cell(all, south)).toMatchObject({ liveOffers: 1, weeklySessions: 1 });
    const young = await staff.coverage.dashboard({ view: "all", band: "5-10" });
    expect(cell(young, north).liveOffers).toBe(2);
    expect(cell(young, south)).toMatchObject({ liveOffers: 0, thin: true });
  });

  it("marks cells below the city median as thin, and has weekend and holiday views", async () => {
    const staff = callerFor(world.db, world.moderator);
    const all = await staff.coverage.dashboard({ view: "all", band: "all" });
    const column = all.columns.find((c) => c.id === sport)!;
    expect(cell(all, south).thin).toBe(
      cell(all, south).liveOffers < column.median || cell(all, south).liveOffers === 0,
    );
    expect(cell(all, north).thin).toBe(false);
    const weekends = await staff.coverage.dashboard({ view: "weekends", band: "all" });
    expect(cell(weekends, north)).toMatchObject({ liveOffers: 1, weeklySessions: 1 });
    expect(cell(weekends, south).liveOffers).toBe(0);
  });

  it("keeps one snapshot a day for trends, replaced if taken again", async () => {
    const first = await takeCoverageSnapshot(world.db);
    expect(first).toBeGreaterThan(0);
    expect(await takeCoverageSnapshot(world.db)).toBe(first);
    expect(await world.db.coverageSnapshot.count()).toBe(first);
    const trend = await callerFor(world.db, world.moderator).coverage.trend({ days: 30 });
    expect(trend.days).toEqual([today]);
    expect(trend.districts.find((d) => d.id === north)!.points[0]).toMatchObject({ liveOffers: 3, weeklySessions: 3 });
  });

  it("shows a district's venues and organisations, and is for staff only", async () => {
    const lens = await callerFor(world.db, world.moderator).coverage.district({ districtId: north });
    expect(lens.organisations.map((o) => o.id)).toEqual([world.org.id]);
    expect(lens.venues[0]!._count.offers).toBe(3);
    await expectRefused(
      callerFor(world.db, world.partner).coverage.dashboard({ view: "all", band: "all" }),
      "FORBIDDEN",
    );
  });
});
