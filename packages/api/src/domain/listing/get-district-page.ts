import { type Database, Prisma } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { activeOrganisationSql, publicOfferWhere } from "../offers/public-offers.ts";
import { aggregateSettingsSql, hiddenOffersSql } from "../search/search-sql.ts";
import { listYouSaidWeDid } from "../voice/list-you-said-we-did.ts";
import { type OfferCard, offerCardSelect, toOfferCard } from "./public-shapes.ts";

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
  const [categories, neighbours, youSaidWeDid, [, grouped]] = await Promise.all([
    db.category.findMany({ select: { id: true, slug: true, name: true, parentId: true, position: true } }),
    db.district.findMany({
      where: { cityId: district.cityId, id: { not: district.id } },
      select: { slug: true, name: true, latitude: true, longitude: true },
    }),
    listYouSaidWeDid(db, { districtId: district.id, limit: 5 }),
    db.$transaction([
      db.$queryRaw(aggregateSettingsSql),
      db.$queryRaw<DistrictGroupRow[]>(districtGroupsSql(district.id, DISTRICT_GROUP_OFFERS)),
    ]),
  ]);
  // The cards of every group's first offers in one query (an offer in two groups is read once),
  // checked against publicOfferWhere once more.
  const cards = await db.offer.findMany({
    where: { ...publicOfferWhere, id: { in: [...new Set(grouped.map((row) => row.id))] } },
    select: { id: true, ...offerCardSelect },
  });
  const cardById = new Map(cards.map(({ id, ...card }) => [id, toOfferCard(card)]));
  const byId = new Map(categories.map((c) => [c.id, c]));
  const counted = new Map<string | null, { top: CategoryNode | null; count: number; offers: OfferCard[] }>();
  for (const row of grouped) {
    const top = row.top_id === null ? null : byId.get(row.top_id);
    if (top === undefined) continue; // a category added since the statement ran
    const group = counted.get(row.top_id) ?? { top, count: row.total, offers: [] };
    counted.set(row.top_id, group);
    const card = cardById.get(row.id);
    if (card) group.offers.push(card);
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
    totalOffers: grouped[0]?.all_offers ?? 0,
    groups: [...counted.values()]
      .sort((a, b) => inCategoryOrder(a.top, b.top))
      .map(({ top, count, offers }) => ({ category: top ? { slug: top.slug, name: top.name } : null, count, offers })),
  };
}

/** How many offers a district page lists under each kind of activity (the rest are a search away). */
const DISTRICT_GROUP_OFFERS = 12;

/** One group's count and one of its first offers (`n` of them per group), in title order. */
type DistrictGroupRow = {
  /** The top-level category; null for "Other things to do". */
  top_id: string | null;
  /** The group's offers, counted exactly. */
  total: number;
  id: string;
  /** The district's offers in all (an offer in two groups counted once). */
  all_offers: number;
};

const sql = Prisma.sql;

/**
 * A district's offers grouped by top-level category, in one statement: each group's exact count
 * and the ids of its first `n` offers by title (then id, so ties are stable). Replaces a count and
 * a findMany per category (~2.2 s for Ladywood's 38 000 offers at 100 000: each of the 24
 * statements joined offers, venues and categories again).
 *
 * The plan (100 000 offers, Ladywood): the district's offers from one scan of offer_venue
 * (38% of it: a seq scan beats the venue index), each row checked against a hash of the
 * district's ~1 500 public venues; their categories from one scan of offer_category (a LEFT
 * JOIN: no category is "Other things to do"); their titles from offer_live_title_idx
 * (index-only, never the wide offer rows); then one in-memory sort by group, title and id, which
 * also drops the repeats (Unique, in the window's order, so no second sort), from which the
 * window keeps each group's first `n` and its count. Every step reads each offer once, however
 * many groups there are.
 *
 * Visible: publicOffersAt's rule in SQL. The offer is not in `hidden` (search-sql.ts), and it
 * runs at an approved venue in the district whose organisation is in good standing.
 */
function districtGroupsSql(districtId: string, n: number): Prisma.Sql {
  return sql`
    WITH ${hiddenOffersSql},
    in_district AS MATERIALIZED (
      SELECT DISTINCT ov.offer_id AS id
      FROM offer_venue ov
      WHERE ov.venue_id IN (SELECT v.id FROM venue v JOIN organisation vo ON vo.id = v.organisation_id
          WHERE v.district_id = ${districtId} AND v.status = 'APPROVED' AND ${activeOrganisationSql("vo")})
        AND ov.offer_id NOT IN (SELECT id FROM hidden)
    ),
    -- The taxonomy has two levels: a sub-category counts under its parent. An offer in two
    -- sub-categories of one parent is in its group once. (\`o.status = 'LIVE'\` says again what
    -- \`hidden\` excludes, so the planner can read titles from the partial index.)
    grouped AS (
      SELECT DISTINCT coalesce(c.parent_id, c.id) AS top_id, o.title, d.id
      FROM in_district d
      JOIN offer o ON o.id = d.id AND o.status = 'LIVE'
      LEFT JOIN (offer_category oc JOIN category c ON c.id = oc.category_id) ON oc.offer_id = d.id
    ),
    ranked AS (
      SELECT g.top_id, g.id,
        row_number() OVER (PARTITION BY g.top_id ORDER BY g.title, g.id) AS n,
        count(*) OVER (PARTITION BY g.top_id) AS total
      FROM grouped g
    )
    SELECT r.top_id, r.total::int AS total, r.id, (SELECT count(*) FROM in_district)::int AS all_offers
    FROM ranked r WHERE r.n <= ${n}
    ORDER BY r.top_id, r.n`;
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
