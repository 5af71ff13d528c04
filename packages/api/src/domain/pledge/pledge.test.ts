import { makeOrganisation, makeVenue, testDatabaseKind } from "@free-city/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, expectRefused, makeLiveOffer, useTestWorld } from "../../test/setup.ts";

describe(`the pledge wall and organisation profiles (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  const publicApi = () => callerFor(world.db, null);
  const signed = new Date("2026-03-01T10:00:00Z");

  beforeAll(async () => {
    await world.db.organisation.update({
      where: { id: world.org.id },
      data: { pledgeAgreedAt: signed, publicEmail: "hello@org.test", website: "https://org.test" },
    });
    // A live offer of the pledged organisation, through the real lifecycle.
    await makeLiveOffer(world, "Pledged football");
  });

  async function pledged(options: Parameters<typeof makeOrganisation>[1] & { verified?: boolean } = {}) {
    const org = await makeOrganisation(world.db, options);
    return world.db.organisation.update({
      where: { id: org.id },
      data: {
        pledgeAgreedAt: new Date(),
        verificationStatus: options.verified === false ? "UNVERIFIED" : "VERIFIED",
      },
    });
  }

  it("lists exactly the verified organisations in good standing that signed, with offers, districts and totals", async () => {
    const sportsClub = await pledged({ type: "SPORTS_CLUB" });
    await makeVenue(world.db, sportsClub.id, world.district.id);
    const unverified = await pledged({ verified: false });
    const suspended = await pledged({ suspended: true });
    const unsigned = await makeOrganisation(world.db);

    const wall = await publicApi().pledge.wall();
    const slugs = wall.organisations.map((o) => o.slug);
    expect(slugs).toEqual(expect.arrayContaining([world.org.slug, sportsClub.slug]));
    for (const hidden of [unverified, suspended, unsigned, world.otherOrg]) expect(slugs).not.toContain(hidden.slug);
    expect(slugs).toHaveLength(2);
    // Newest signature first.
    expect(slugs[0]).toBe(sportsClub.slug);

    const org = wall.organisations.find((o) => o.slug === world.org.slug);
    expect(org).toEqual({
      slug: world.org.slug,
      name: world.org.name,
      sector: "CHARITY",
      pledgedAt: signed,
      liveOffers: 1,
      districts: [{ slug: world.district.slug, name: world.district.name }],
    });
    expect(wall.bySector).toEqual(
      expect.arrayContaining([
        { sector: "CHARITY", count: 1 },
        { sector: "SPORTS_CLUB", count: 1 },
      ]),
    );
    expect(wall.byDistrict).toEqual([{ slug: world.district.slug, name: world.district.name, count: 2 }]);
  });

  it("gives staff every signatory with where it stands, and nobody else", async () => {
    const list = await callerFor(world.db, world.moderator).pledge.signatories();
    const unverified = list.organisations.find((o) => o.verificationStatus === "UNVERIFIED");
    expect(unverified).toBeDefined();
    expect(list.organisations.some((o) => o.suspended)).toBe(true);
    await expectRefused(callerFor(world.db, world.partner).pledge.signatories(), "FORBIDDEN");
  });

  it("shows a verified organisation's profile with its public contacts and live offers only", async () => {
    const profile = await publicApi().pledge.organisation({ slug: world.org.slug });
    expect(profile).toMatchObject({
      name: world.org.name,
      sector: "CHARITY",
      pledgedAt: signed,
      publicEmail: "hello@org.test",
      website: "https://org.test",
    });
    expect(profile.offers.map((o) => o.title)).toEqual(["Pledged football"]);
    expect(profile.venues.map((v) => v.slug)).toEqual([world.venue.slug]);
    expect(Object.keys(profile)).not.toContain("pendingProfile");

    const unverified = await pledged({ verified: false });
    await expectRefused(publicApi().pledge.organisation({ slug: unverified.slug }), "NOT_FOUND");
    const suspended = await pledged({ suspended: true });
    await expectRefused(publicApi().pledge.organisation({ slug: suspended.slug }), "NOT_FOUND");
  });
});
