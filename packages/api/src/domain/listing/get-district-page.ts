import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { listYouSaidWeDid } from "../voice/list-you-said-we-did.ts";
import { type OfferCard, offerCardSelect, publicOffersAt, toOfferCard } from "./public-shapes.ts";

type CategoryNode = { id: string; slug: string; name: string; parentId: string | null; position: number };

/**
 * A district's page: its live offers (at public venues in the district) grouped by top-level
 * category, in the council's category order. An offer under two top-level categories shows in
 * both; an offer with no category goes in "Other things to do" at the end.
 */
export async function getDistrictPage(db: Database, slug: string) {
  const district = await db.district.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, summary: true, cityId: true, latitude: true, longitude: true },
  });
  if (!district) throw new AppError("NOT_FOUND");
  const [rows, categories, neighbours, youSaidWeDid] = await Promise.all([
    db.offer.findMany({
      where: publicOffersAt({ districtId: district.id }),
      select: offerCardSelect,
      orderBy: { title: "asc" },
    }),
    db.category.findMany({ select: { id: true, slug: true, name: true, parentId: true, position: true } }),
    db.district.findMany({
      where: { cityId: district.cityId, id: { not: district.id } },
      select: { slug: true, name: true, latitude: true, longitude: true },
    }),
    listYouSaidWeDid(db, { districtId: district.id, limit: 5 }),
  ]);
  const offers = rows.map(toOfferCard);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const topOf = (category: CategoryNode): CategoryNode => {
    // Walk up the tree; the seen-set guards against a cycle someone might create by hand.
    const seen = new Set<string>();
    let node = category;
    while (node.parentId && !seen.has(node.id)) {
      seen.add(node.id);
      const parent = byId.get(node.parentId);
      if (!parent) break;
      node = parent;
    }
    return node;
  };

  const groups = new Map<string | null, { top: CategoryNode | null; offers: OfferCard[] }>();
  for (const offer of offers) {
    const tops = new Map(offer.categories.map(topOf).map((top) => [top.id, top] as const));
    for (const top of tops.size > 0 ? [...tops.values()] : [null]) {
      const group = groups.get(top?.id ?? null) ?? { top, offers: [] };
      group.offers.push(offer);
      groups.set(top?.id ?? null, group);
    }
  }
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
    totalOffers: offers.length,
    groups: [...groups.values()]
      .sort((a, b) => inCategoryOrder(a.top, b.top))
      .map(({ top, offers: groupOffers }) => ({
        category: top ? { slug: top.slug, name: top.name } : null,
        count: groupOffers.length,
        offers: groupOffers,
      })),
  };
}

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
