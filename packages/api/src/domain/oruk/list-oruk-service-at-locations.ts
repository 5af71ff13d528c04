import { type Database, Prisma } from "@free-city/db";
import { publicMatchesSql, publicVenueSql, searchSettingsSql } from "../search/search-sql.ts";
import { orukId } from "./oruk-id.ts";
import {
  cityName,
  loadOrukOffers,
  type OrukContext,
  toLocationSummary,
  toPage,
  toServiceSummary,
} from "./oruk-shapes.ts";
import type { OrukQuery } from "./parse-oruk-query.ts";
import { metresFrom, resolveOrukQuery } from "./resolve-oruk-query.ts";

const sql = Prisma.sql;

/**
 * `/service_at_locations`: one row per public offer at each of its public venues. With a
 * postcode the rows are the venues in its district (or within `proximity` metres of its centre),
 * nearest first; otherwise they are ordered by offer and venue slug, so paging is stable.
 */
export async function listOrukServiceAtLocations(db: Database, query: OrukQuery, ctx: Omit<OrukContext, "cityName">) {
  const resolved = await resolveOrukQuery(db, query);
  if (resolved.nothing) return toPage([], 0, query.page, query.perPage);
  const { search, origin, withinMetres } = resolved;
  const metres = origin ? metresFrom(origin) : sql`NULL::float8`;
  const conditions = [
    publicVenueSql,
    search.districtIds ? sql`v.district_id IN (${Prisma.join(search.districtIds)})` : sql`true`,
    origin && withinMetres !== null
      ? sql`v.latitude IS NOT NULL AND v.longitude IS NOT NULL AND ${metres} <= ${withinMetres}`
      : sql`true`,
  ];
  const [, rows] = await db.$transaction([
    db.$queryRaw(searchSettingsSql),
    db.$queryRaw<{ total: number; offer_id: string | null; venue_slug: string }[]>(sql`
      WITH ${publicMatchesSql(search)},
      pairs AS (
        SELECT o.id AS offer_id, o.slug AS offer_slug, v.slug AS venue_slug, ${metres} AS metres
        FROM matches m JOIN offer o ON o.id = m.id
        JOIN offer_venue ov ON ov.offer_id = o.id JOIN venue v ON v.id = ov.venue_id
        WHERE ${Prisma.join(conditions, " AND ")}
      )
      SELECT (SELECT count(*) FROM pairs)::int AS total, p.offer_id, p.venue_slug
      FROM (SELECT 1) one
      LEFT JOIN (SELECT * FROM pairs ORDER BY metres NULLS LAST, offer_slug, venue_slug
        LIMIT ${search.limit} OFFSET ${search.offset}) p ON true
      ORDER BY p.metres NULLS LAST, p.offer_slug, p.venue_slug`),
  ]);
  const total = rows[0]?.total ?? 0;
  const pairs = rows.flatMap((row) => (row.offer_id ? [{ offerId: row.offer_id, venueSlug: row.venue_slug }] : []));
  const full = { ...ctx, cityName: await cityName(db) };
  const offers = new Map(
    (await loadOrukOffers(db, [...new Set(pairs.map((p) => p.offerId))])).map((offer) => [offer.id, offer]),
  );
  const contents = pairs.flatMap(({ offerId, venueSlug }) => {
    const offer = offers.get(offerId);
    const venue = offer?.venues.find((v) => v.venue.slug === venueSlug)?.venue;
    if (!offer || !venue) return [];
    return [
      {
        id: orukId("service_at_location", offer.slug, venue.slug),
        service_id: orukId("service", offer.slug),
        location_id: orukId("location", venue.slug),
        location: toLocationSummary(venue),
        service: toServiceSummary(offer, full),
      },
    ];
  });
  return toPage(contents, total, query.page, query.perPage);
}
