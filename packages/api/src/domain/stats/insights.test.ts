import { addDays, dateOnly, isoDayOfWeek, todayInCity } from "@free-city/db";
import { testDatabaseKind } from "@free-city/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, expectRefused, makeLiveOffer, useTestWorld } from "../../test/setup.ts";

describe(`insights from the daily counts (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  let offerId: string;
  const today = todayInCity();
  const monday = addDays(today, 1 - isoDayOfWeek(today));
  beforeAll(async () => {
    offerId = (await makeLiveOffer(world, "Counted")).id;
    const day = (iso: string, views: number, saves = 0) => ({
      offerId,
      day: dateOnly(iso),
      views,
      saves,
      takeUpClicks: 1,
      calendarAdds: 0,
    });
    // This week: 3 + 2 views; two weeks ago: 7; and 20 weeks ago, outside the window: 100.
    await world.db.offerDailyStat.createMany({
      data: [
        day(monday, 3, 1),
        day(today === monday ? addDays(monday, 0) : today, 2),
        day(addDays(monday, -14), 7),
        day(addDays(monday, -140), 100),
      ].filter((d, i, all) => all.findIndex((x) => x.day.getTime() === d.day.getTime()) === i),
    });
  });

  it("adds days into weeks (Monday first), newest first, with empty weeks as zeros, and totals since the start", async () => {
    const insights = await callerFor(world.db, world.partner).stats.offerInsights({
      organisationId: world.org.id,
      offerId,
      weeks: 4,
    });
    expect(insights.weeks.map((w) => w.weekStart)).toEqual([
      monday,
      addDays(monday, -7),
      addDays(monday, -14),
      addDays(monday, -21),
    ]);
    const thisWeek = today === monday ? 3 : 5;
    expect(insights.weeks.map((w) => w.views)).toEqual([thisWeek, 0, 7, 0]);
    expect(insights.totals.views).toBe(thisWeek + 7 + 100);
    const all = await callerFor(world.db, world.partner).stats.organisationInsights({
      organisationId: world.org.id,
      weeks: 4,
    });
    expect(all).toEqual([expect.objectContaining({ offerId, title: "Counted", views: thisWeek + 7 })]);
  });

  it("shows nothing to anyone outside the organisation", async () => {
    await expectRefused(
      callerFor(world.db, world.otherPartner).stats.offerInsights({ organisationId: world.org.id, offerId, weeks: 4 }),
      "NOT_FOUND",
    );
    await expectRefused(
      callerFor(world.db, world.otherPartner).stats.offerInsights({
        organisationId: world.otherOrg.id,
        offerId,
        weeks: 4,
      }),
      "NOT_FOUND",
    );
    await expectRefused(
      callerFor(world.db, null).stats.organisationInsights({ organisationId: world.org.id, weeks: 4 }),
      "UNAUTHORIZED",
    );
  });
});
