import type { Database, Prisma } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { listYouSaidWeDid } from "../voice/list-you-said-we-did.ts";
import { offerCardSelect, publicOffersAt, toOfferCard } from "./public-shapes.ts";

type CategoryNode = { id: string; slug: string; name: string; parentId: string | null; position: number };

/**
 * A district's page: its live offers (at public venues in the district) grouped by top-level
 * category, in the council's category order, each group counted and listing its first offers by
 * title. An offer under two top-level categories shows in both; an offer with no category goes in
 * "Other things to do" at the end.
 */
export async function getDistrictPage(db: Database, slug: string) {
  const district = await db.district.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, summary: true, cityId: true, latitude: true, longitude: true },
  });
  if (!district) throw new AppError("NOT_FOUND");
  const inDistrict = publicOffersAt({ districtId: district.id });
  const [categories, neighbours, youSaidWeDid, totalOffers] = await Promise.all([
    db.category.findMany({ select: { id: true, slug: true, name: true, parentId: true, position: true } }),
    db.district.findMany({
      where: { cityId: district.cityId, id: { not: district.id } },
      select: { slug: true, name: true, latitude: true, longitude: true },
    }),
    listYouSaidWeDid(db, { districtId: district.id, limit: 5 }),
    db.offer.count({ where: inDistrict }),
  ]);
  // One group per top-level category (the taxonomy has two levels: an offer in a sub-category
  // counts under its parent), then "Other things to do". Each group is counted exactly and shows
  // its first offers: a district of a big city has thousands, which a page can't list (and loading
  // them all would pass PostgreSQL's limit on a query's parameters).
  const tops = categories.filter((c) => c.parentId === null);
  const groupWheres: { top: CategoryNode | null; where: Prisma.OfferWhereInput }[] = [
    ...tops.map((top) => ({
      top,
      where: {
        AND: [inDistrict, { categories: { some: { category: { OR: [{ id: top.id }, { parentId: top.id }] } } } }],
      },
    })),
    { top: null, where: { AND: [inDistrict, { categories: { none: {} } }] } },
  ];
  const counted = await Promise.all(
    groupWheres.map(async ({ top, where }) => {
      const [count, rows] = await Promise.all([
        db.offer.count({ where }),
        db.offer.findMany({ where, select: offerCardSelect, orderBy: { title: "asc" }, take: DISTRICT_GROUP_OFFERS }),
      ]);
      return { top, count, offers: rows.map(toOfferCard) };
    }),
  );
  const inCategoryOrder = (a: CategoryNode | null, b: CategoryNode | null) =>
    !a || !b ? Number(!a) - Number(!b) : a.position - b.position || a.name.localeCompare(b.name);
  const { id: _id, cityId: _cityId, latitude, longitude, ...publicDistrict } = district;
  // The districts whose centres are nearest (a city has a handful, so this is done here, not in SQL).
  const nearby = neighbours
    .map((n) => ({ slug: n.slug, name: n.name, km: distanceKm(latitude, longitude, n.latitude, n.longitude) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, NEARBY_DISTRICTS)
    .map(({ slug: nearSlug, name }) => ({ slug: nearSlug, name }));
  return {
    district: publicDistrict,
    nearby,
    youSaidWeDid,
    totalOffers,
    groups: counted
      .filter((group) => group.count > 0)
      .sort((a, b) => inCategoryOrder(a.top, b.top))
      .map(({ top, count, offers }) => ({ category: top ? { slug: top.slug, name: top.name } : null, count, offers })),
  };
}

/** How many offers a district page lists under each kind of activity (the rest are a search away). */
const DISTRICT_GROUP_OFFERS = 12;

/** How many neighbouring districts a district page suggests. */
const NEARBY_DISTRICTS = 3;

/** Great-circle distance in kilometres (haversine): close enough to rank a city's district centres. */
function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
