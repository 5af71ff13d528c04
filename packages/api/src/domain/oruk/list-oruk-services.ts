import { type Database, Prisma } from "@free-city/db";
import { publicMatchesSql, publicVenueSql, searchSettingsSql } from "../search/search-sql.ts";
import { cityName, loadOrukOffers, type OrukContext, toPage, toServiceSummary } from "./oruk-shapes.ts";
import type { OrukQuery } from "./parse-oruk-query.ts";
import { metresFrom, resolveOrukQuery } from "./resolve-oruk-query.ts";

const sql = Prisma.sql;

/**
 * `/services`: one page of the public offers that match, ordered by slug (the key their ids are
 * made from), so walking the pages gives every service once.
 */
export async function listOrukServices(db: Database, query: OrukQuery, ctx: Omit<OrukContext, "cityName">) {
  const resolved = await resolveOrukQuery(db, query);
  if (resolved.nothing) return toPage([], 0, query.page, query.perPage);
  const { search, origin, withinMetres } = resolved;
  const near =
    origin && withinMetres !== null
      ? sql`AND EXISTS (SELECT 1 FROM offer_venue ov JOIN venue v ON v.id = ov.venue_id
          WHERE ov.offer_id = o.id AND ${publicVenueSql} AND v.latitude IS NOT NULL AND v.longitude IS NOT NULL
          AND ${metresFrom(origin)} <= ${withinMetres})`
      : Prisma.empty;
  const [, rows] = await db.$transaction([
    db.$queryRaw(searchSettingsSql),
    db.$queryRaw<{ total: number; id: string | null }[]>(sql`
      WITH ${publicMatchesSql(search)},
      found AS (SELECT o.id, o.slug FROM matches m JOIN offer o ON o.id = m.id WHERE true ${near})
      SELECT (SELECT count(*) FROM found)::int AS total, p.id
      FROM (SELECT 1) one
      LEFT JOIN (SELECT id, slug FROM found ORDER BY slug LIMIT ${search.limit} OFFSET ${search.offset}) p ON true
      ORDER BY p.slug`),
  ]);
  const total = rows[0]?.total ?? 0;
  const ids = rows.flatMap((row) => (row.id ? [row.id] : []));
  const full = { ...ctx, cityName: await cityName(db) };
  const offers = await loadOrukOffers(db, ids);
  return toPage(
    offers.map((offer) => toServiceSummary(offer, full)),
    total,
    query.page,
    query.perPage,
  );
}
