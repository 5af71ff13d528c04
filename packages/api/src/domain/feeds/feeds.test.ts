import { addDays, todayInCity } from "@free-city/db";
import { makeCategory, testDatabaseKind } from "@free-city/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, makeLiveOffer, useTestWorld, type World } from "../../test/setup.ts";
import { listFeedOffers } from "./list-feed-offers.ts";

describe(`calendar and news feeds (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  const today = todayInCity();

  const liveOffer = (title: string, overrides: Partial<World["content"]> = {}) =>
    makeLiveOffer(world, title, overrides);
  const weekly = (validFrom: string, validTo: string) => [
    {
      kind: "WEEKLY" as const,
      dayOfWeek: 3,
      date: null,
      startTime: "16:00",
      endTime: "17:00",
      validFrom,
      validTo,
      venueId: null,
    },
  ];

  let soon: { slug: string };
  let later: { slug: string };
  let child: { slug: string };
  let draft: { slug: string };
  let parentSlug = "";

  beforeAll(async () => {
    const parent = world.category;
    parentSlug = parent.slug;
    const sub = await makeCategory(world.db);
    await world.db.category.update({ where: { id: sub.id }, data: { parentId: parent.id } });
    soon = await liveOffer("Soon football", { schedules: weekly(today, addDays(today, 30)) });
    later = await liveOffer("Later football", { schedules: weekly(addDays(today, 70), addDays(today, 120)) });
    child = await liveOffer("Child category fencing", {
      categoryIds: [sub.id],
      schedules: weekly(today, addDays(today, 30)),
    });
    draft = await callerFor(world.db, world.partner).offer.create({ organisationId: world.org.id, title: "Draft" });
  });

  it("a district's calendar: its public offers with a session in the next weeks, nothing else", async () => {
    const feed = await listFeedOffers(world.db, { kind: "district", slug: world.district.slug }, { upcoming: true });
    expect(feed.title).toBe(world.district.name);
    expect(feed.until).toBe(addDays(today, 55));
    expect(feed.offers.map((o) => o.slug).sort()).toEqual([child.slug, soon.slug].sort());
    const [first] = feed.offers;
    expect(first?.schedules).toHaveLength(1);
    expect(first?.venues[0]?.slug).toBe(world.venue.slug);
    expect(first?.lastModified).toBeInstanceOf(Date);
  });

  it("a category's news: its offers and those under it, newest approval first, later ones too", async () => {
    const feed = await listFeedOffers(world.db, { kind: "category", slug: parentSlug }, { upcoming: false });
    expect(feed.offers.map((o) => o.slug)).toEqual([child.slug, later.slug, soon.slug]);
  });

  it("a saved list from the slugs in the address: public ones only; unknown names are not found", async () => {
    const feed = await listFeedOffers(
      world.db,
      { kind: "saved", slugs: [soon.slug, draft.slug, "no-such-offer", later.slug] },
      { upcoming: true },
    );
    expect(feed.offers.map((o) => o.slug).sort()).toEqual([later.slug, soon.slug].sort());
    await expect(
      listFeedOffers(world.db, { kind: "district", slug: "nowhere" }, { upcoming: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      listFeedOffers(world.db, { kind: "category", slug: "nothing" }, { upcoming: false }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
