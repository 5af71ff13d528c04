import {
  makeDistrict,
  makeOfferRow,
  makeOrganisation,
  makeSuspendedOrganisation,
  makeVenue,
  testDatabaseKind,
} from "@free-city/db/testing";
import { describe, expect, it } from "vitest";
import { useTestWorld } from "../../test/setup.ts";
import { publicOffersAt } from "../listing/public-shapes.ts";
import { publicOfferWhere } from "../offers/public-offers.ts";
import { getCitySummary } from "./get-city-summary.ts";
import { listDistrictsWithOfferCounts } from "./list-districts-with-offer-counts.ts";

describe(`home page counts (${testDatabaseKind()})`, () => {
  const world = useTestWorld();

  it("count each district's public offers once, whatever their venues, and never a hidden one", async () => {
    const db = world.db;
    const [north, south] = [await makeDistrict(db), await makeDistrict(db)];
    const org = world.org.id;
    const [north1, north2, south1] = [
      await makeVenue(db, org, north.id),
      await makeVenue(db, org, north.id),
      await makeVenue(db, org, south.id),
    ];
    const pending = await makeVenue(db, org, north.id);
    await db.venue.update({ where: { id: pending.id }, data: { status: "PENDING" } });
    // Approved, but its organisation is suspended: not a public venue (publicVenueWhere).
    const suspendedVenue = await makeVenue(db, (await makeSuspendedOrganisation(db)).id, south.id);
    const at = (...venues: { id: string }[]) => ({ venues: { create: venues.map((v) => ({ venueId: v.id })) } });

    await makeOfferRow(db, org, at(north1, north2)); // two venues in one district: counted once
    await makeOfferRow(db, org, at(north1, south1)); // one venue in each: counted in both
    await makeOfferRow(db, org, at(pending)); // live, but only at a venue nobody has checked
    await makeOfferRow(db, org, at(suspendedVenue)); // live, but only at a venue that is not public
    await makeOfferRow(db, org, { status: "ARCHIVED", ...at(north1) });
    await makeOfferRow(db, org, { status: "IN_REVIEW", ...at(south1) });
    await makeOfferRow(db, (await makeSuspendedOrganisation(db)).id, at(north1));
    await makeOfferRow(db, (await makeOrganisation(db, { verificationStatus: "REJECTED" })).id, at(south1));

    const districts = await listDistrictsWithOfferCounts(db);
    const counts = Object.fromEntries(districts.map((d) => [d.id, d.liveOffers]));
    expect([counts[north.id], counts[south.id]]).toEqual([2, 1]);
    // Every district, in order, as the Prisma count per district (the public venue rule) says.
    const ordered = await db.district.findMany({ orderBy: { position: "asc" }, select: { id: true } });
    expect(districts.map((d) => d.id)).toEqual(ordered.map((d) => d.id));
    for (const district of districts) {
      const expected = await db.offer.count({ where: publicOffersAt({ districtId: district.id }) });
      expect(district.liveOffers, district.slug).toBe(expected);
    }

    const city = await getCitySummary(db);
    expect(city.liveOffers).toBe(await db.offer.count({ where: publicOfferWhere }));
    expect(city.liveOffers).toBeGreaterThanOrEqual(3);
  });
});
