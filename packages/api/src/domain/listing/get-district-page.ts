import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { publicOfferWhere } from "../offers/public-offers.ts";
import { type Bitset, countAll, difference, emptyBitset, intersection, union } from "../search/bitset.ts";
import { facetIndex, firstByTitle, titleOrder } from "../search/facet-index.ts";
import { listYouSaidWeDid } from "../voice/list-you-said-we-did.ts";
import { offerCardSelect, toOfferCard } from "./public-shapes.ts";

type CategoryNode = { id: string; slug: string; name: string; parentId: string | null; position: number };

/**
 * A district's page: its public offers (at public venues in the district) grouped by top-level
 * category, in the council's category order, each group counted and listing its first offers by
 * title. An offer under two top-level categories shows in both; an offer with no category goes in
 * "Other things to do" at the end.
 *
 * Counted over the facet index (search/facet-index.ts), the sets the home page and the search's
 * filter counts use: a group is the district's set intersected with the category's (its
 * sub-categories included), so the page reads no offers but the dozen cards of each group. In
 * SQL the page read every offer of the district with its categories and sorted them by title:
 * 290 ms for Ladywood (38 000 offers) at 100 000, over 20 s at 1 000 000.
 */
export async function getDistrictPage(db: Database, slug: string) {
  const district = await db.district.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, summary: true, cityId: true, latitude: true, longitude: true },
  });
  if (!district) throw new AppError("NOT_FOUND");
  const [categories, neighbours, youSaidWeDid, index] = await Promise.all([
    db.category.findMany({ select: { id: true, slug: true, name: true, parentId: true, position: true } }),
    db.district.findMany({
      where: { cityId: district.cityId, id: { not: district.id } },
      select: { slug: true, name: true, latitude: true, longitude: true },
    }),
    listYouSaidWeDid(db, { districtId: district.id, limit: 5 }),
    facetIndex(db),
  ]);
  const titles = await titleOrder(db, index);
  const inDistrict = index.byDistrict.get(district.id) ?? emptyBitset(index.size);
  // The taxonomy has two levels: a sub-category counts under its parent (byCategoryTree). A
  // category added since the index was built has no set yet, and no offers in it.
  const tops = categories.filter((c) => c.parentId === null && index.byCategoryTree.has(c.id));
  const uncategorised = difference(inDistrict, union([...index.byCategory.values()], index.size));
  const sets: { top: CategoryNode | null; set: Bitset }[] = [
    ...tops.map((top) => ({
      top,
      set: intersection([inDistrict, index.byCategoryTree.get(top.id) as Bitset], index.size),
    })),
    { top: null, set: uncategorised },
  ];
  const groups = sets
    .map(({ top, set }) => {
      const count = countAll(set);
      return {
        top,
        count,
        first: firstByTitle(set, count, titles, DISTRICT_GROUP_OFFERS).map((i) => index.ids[i] as string),
      };
    })
    .filter((group) => group.count > 0);
  // The cards of every group's first offers in one query (an offer in two groups is read once),
  // checked against publicOfferWhere once more.
  const cards = await db.offer.findMany({
    where: { ...publicOfferWhere, id: { in: [...new Set(groups.flatMap((group) => group.first))] } },
    select: { id: true, ...offerCardSelect },
  });
  const cardById = new Map(cards.map(({ id, ...card }) => [id, toOfferCard(card)]));
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
    totalOffers: countAll(inDistrict),
    groups: groups
      .sort((a, b) => inCategoryOrder(a.top, b.top))
      .map(({ top, count, first }) => ({
        category: top ? { slug: top.slug, name: top.name } : null,
        count,
        offers: first.flatMap((id) => cardById.get(id) ?? []),
      })),
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
