import { type Database, Prisma, todayInCity } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { blankSearch, type ResolvedSearch } from "../search/search-sql.ts";
import { orukId } from "./oruk-id.ts";
import { TAXONOMY_ID } from "./oruk-shapes.ts";
import type { OrukQuery } from "./parse-oruk-query.ts";

const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];

export type ResolvedOrukQuery = {
  search: ResolvedSearch;
  /** Nothing can match (a taxonomy or term that is not ours): skip the statement. */
  nothing: boolean;
  /** The postcode's centre, and how far from it a venue may be (null: anywhere in its district). */
  origin: { lat: number; lng: number } | null;
  withinMetres: number | null;
};

/**
 * The API's parameters as the portal search's resolved filters, so both run the same SQL on the
 * same indexes: the term's category and everything under it, the ages, the day and times of a
 * session (from today on), and a postcode resolved with the city's own postcode table.
 */
export async function resolveOrukQuery(
  db: Database,
  query: OrukQuery,
  now: Date = new Date(),
): Promise<ResolvedOrukQuery> {
  const today = todayInCity(now);
  let nothing = query.taxonomyId !== null && query.taxonomyId !== TAXONOMY_ID;

  let categoryIds: string[] | null = null;
  if (query.taxonomyTermId) {
    const categories = await db.category.findMany({ select: { id: true, slug: true, parentId: true } });
    const root = categories.find((c) => orukId("taxonomy_term", c.slug) === query.taxonomyTermId);
    if (!root) nothing = true;
    else {
      const ids = new Set([root.id]);
      // A term stands for itself and every term under it, as a category does in the portal search.
      for (let grew = true; grew; ) {
        grew = false;
        for (const c of categories) {
          if (c.parentId && ids.has(c.parentId) && !ids.has(c.id)) {
            ids.add(c.id);
            grew = true;
          }
        }
      }
      categoryIds = [...ids];
    }
  }

  let origin: { lat: number; lng: number } | null = null;
  let districtIds: string[] | null = null;
  if (query.outcode) {
    const area = await db.postcodeArea.findUnique({ where: { outcode: query.outcode } });
    if (!area) {
      throw new AppError(
        "INVALID_FIELDS",
        { parameter: "postcode" },
        `postcode: ${query.outcode} is not a postcode district of this city`,
      );
    }
    origin = { lat: area.latitude, lng: area.longitude };
    // Without a distance, a postcode means "services whose area covers it": its district.
    if (query.proximityMetres === null) districtIds = [area.districtId];
  }

  const sessionFilter = query.day !== null || query.startMinute !== null || query.endMinute !== null;
  const search: ResolvedSearch = {
    ...blankSearch(today),
    keyword: query.search,
    districtIds,
    categoryIds,
    weekdays: sessionFilter ? (query.day !== null ? [query.day] : ALL_DAYS) : null,
    origin,
    offset: (query.page - 1) * query.perPage,
    limit: query.perPage,
    startMinuteFrom: query.startMinute,
    endMinuteBy: query.endMinute,
    minAgeAtLeast: query.minimumAge,
    maxAgeAtMost: query.maximumAge,
    modifiedAfter: query.modifiedAfter,
  };
  return { search, nothing, origin, withinMetres: query.proximityMetres };
}

/** Metres from `origin` to venue `v`. */
export function metresFrom(origin: { lat: number; lng: number }): Prisma.Sql {
  return Prisma.sql`earth_distance(ll_to_earth(v.latitude, v.longitude), ll_to_earth(${origin.lat}, ${origin.lng}))`;
}
