import { type Database, Prisma, todayInCity } from "@free-city/db";
import {
  OFFER_SEARCH_PER_PAGE,
  type OfferSearchInput,
  SEARCH_VENUE_ACCESS,
  type SearchVenueAccess,
} from "@free-city/schemas";
import { coverFromSql } from "../photos/public-photos.ts";
import { facetIndex } from "./facet-index.ts";
import { searchMatches } from "./search-sets.ts";
import {
  fewWrittenSql,
  hiddenOffersSql,
  type OfferSearchRow,
  offerSearchSql,
  type ResolvedSearch,
  searchSettingsSql,
} from "./search-sql.ts";
import { possibleWeekdays, type SchoolHolidayRange, windowFor } from "./when.ts";

/**
 * How many matches beyond the page's start the search counts before it says "at least": a
 * search matching most of 100 000 offers would otherwise spend most of its time counting them.
 * The pager still knows there is a next page; page 50 says "at least 1 980".
 */
export const COUNT_AHEAD = 1000;

/** What the search found its names to be, for chips ("Ladywood ×") and headings. */
export type Names = {
  districts: { id: string; slug: string; name: string }[];
  categories: { slug: string; name: string; ids: string[] }[];
  postcode: { lat: number; lng: number } | null;
  holiday: SchoolHolidayRange | null;
  /** Whether near misses of the keyword count (null: no keyword). */
  typos: boolean | null;
};

/**
 * The portal search over public offers only (live, organisation not suspended: the rule in
 * public-offers.ts, written out in search-sql.ts). Filters whose names do not resolve (an unknown
 * district, a postcode district not in the city, a past date) are dropped, not failed;
 * `appliedFilters` says what was actually applied, so the chips never show a filter that did nothing.
 */
export async function searchOffers(db: Database, input: OfferSearchInput, now: Date = new Date()) {
  const { search, appliedFilters, names } = await prepareOfferSearch(db, input, now);
  const { statement, exactTotal } = await planOfferSearch(db, search);
  const rows = statement ? await runOfferSearch(db, statement) : [];
  const counted = exactTotal ?? rows[0]?.total ?? 0;
  // Counting stopped at countUpTo: there are more than COUNT_AHEAD beyond this page.
  const totalIsAtLeast = exactTotal === null && search.countUpTo != null && counted >= search.countUpTo;
  const total = totalIsAtLeast ? search.offset + COUNT_AHEAD : counted;
  const items = rows.filter((row) => row.id !== null).map(toItem);
  return {
    /** How many offers match; with totalIsAtLeast, at least this many ("1 000+"). */
    total,
    totalIsAtLeast,
    page: input.page,
    perPage: OFFER_SEARCH_PER_PAGE,
    totalPages: Math.ceil(total / OFFER_SEARCH_PER_PAGE),
    items,
    appliedFilters,
    labels: {
      district: Object.fromEntries(names.districts.map((d) => [d.slug, d.name])),
      category: Object.fromEntries(names.categories.map((c) => [c.slug, c.name])),
      holiday: appliedFilters.when === "holidays" ? names.holiday : null,
    },
  };
}

export type OfferSearchResult = Awaited<ReturnType<typeof searchOffers>>;
export type OfferSearchItem = OfferSearchResult["items"][number];

/** The search with its names looked up: the statement's parameters, and what could be applied. */
export async function prepareOfferSearch(db: Database, input: OfferSearchInput, now: Date = new Date()) {
  const today = todayInCity(now);
  const names = await lookUpNames(db, input, today);
  return { ...resolveSearch(input, names, today), names };
}

/**
 * The statement a search runs (none when the facet index finds no match), and its exact number
 * of matches from the index. Without the index (it could not be built) the statement finds and
 * counts the matches itself, up to countUpTo.
 */
export async function planOfferSearch(
  db: Database,
  search: ResolvedSearch,
): Promise<{ statement: ResolvedSearch | null; exactTotal: number | null }> {
  const index = await facetIndex(db).catch(() => null);
  const wanted = search.offset + search.limit;
  // Few matches: named to the statement, which orders each (~10 µs a match). Many: the sort's fast
  // path looks for a page's worth among the offers in its order (~2 µs an offer), about
  // wanted × size / matches of them. The cheaper of the two changes over at √(wanted × size / 5):
  // 630 matches at 100 000 offers, 2 000 at 1 000 000, for a first page.
  const idsUpTo = index ? Math.ceil(Math.sqrt((wanted * index.size) / 5)) : 0;
  const matched = index && (await searchMatches(db, index, search, idsUpTo).catch(() => null));
  if (!index || !matched) return { statement: search, exactTotal: null };
  if (matched.count === 0) return { statement: null, exactTotal: 0 };
  // The relevance walk looks far enough to find a page among more than idsUpTo matches.
  const walk = Math.ceil((wanted * index.size) / Math.max(idsUpTo, 1));
  return { statement: statementSearch(search, matched.ids, walk), exactTotal: matched.count };
}

/**
 * The search as its statement runs it, once the facet index has counted the matches (exactly:
 * a keyword's matches come from the index's keyword sets, kept per content version and shared
 * with the filter counts of the same page). The statement only finds the page: among the few
 * matches the index names (`onlyIds`), or, when there are many, by the search's own conditions,
 * where every sort has a fast path that finds a page without reading every match.
 */
export function statementSearch(search: ResolvedSearch, onlyIds: string[] | null, walk: number): ResolvedSearch {
  return { ...search, countedElsewhere: true, onlyIds, relevanceWalk: walk };
}

/**
 * Runs the search statement. When near misses of a keyword may count, with pg_trgm's threshold
 * set for it (searchSettingsSql, in one transaction so the setting is its own); otherwise alone,
 * one round trip: the other settings come with every connection (SESSION_SETTINGS).
 */
export async function runOfferSearch(db: Database, search: ResolvedSearch): Promise<OfferSearchRow[]> {
  const statement = offerSearchSql(search);
  if (search.keyword === null || search.typos === false) return db.$queryRaw<OfferSearchRow[]>(statement);
  const [, rows] = await db.$transaction([db.$queryRaw(searchSettingsSql), db.$queryRaw<OfferSearchRow[]>(statement)]);
  return rows;
}

/**
 * The ids, coordinates and dates behind the names in the input, in one round trip. `withHoliday`:
 * look up the school holiday even when the input does not ask for it (the filter counts do).
 */
export async function lookUpNames(
  db: Database,
  input: OfferSearchInput,
  today: string,
  withHoliday = false,
): Promise<Names> {
  const nothing: Names = { districts: [], categories: [], postcode: null, holiday: null, typos: null };
  const wanted = {
    districts: input.district.length > 0,
    categories: input.category.length > 0,
    postcode: !input.near && !!input.postcode,
    holiday: withHoliday || input.when === "holidays",
    keyword: input.q !== undefined,
  };
  if (!Object.values(wanted).some(Boolean)) return nothing;
  const [row] = await db.$queryRaw<[Names]>`
    WITH ${hiddenOffersSql}
    SELECT
      ${input.q !== undefined ? fewWrittenSql(input.q) : Prisma.sql`NULL::boolean`} AS typos,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'slug', slug, 'name', name) ORDER BY position), '[]')
        FROM district WHERE slug IN (${Prisma.join(wanted.districts ? input.district : [""])})) AS districts,
      (WITH RECURSIVE tree AS (
          SELECT id, id AS root FROM category WHERE slug IN (${Prisma.join(wanted.categories ? input.category : [""])})
          UNION ALL SELECT c.id, tree.root FROM category c JOIN tree ON c.parent_id = tree.id)
        SELECT coalesce(json_agg(json_build_object('slug', c.slug, 'name', c.name, 'ids', (SELECT array_agg(t.id) FROM tree t WHERE t.root = c.id)) ORDER BY c.position), '[]')
        FROM category c WHERE c.id IN (SELECT root FROM tree)) AS categories,
      (SELECT json_build_object('lat', latitude, 'lng', longitude) FROM postcode_area WHERE ${wanted.postcode} AND outcode = ${input.postcode ?? ""}) AS postcode,
      (SELECT json_build_object('name', name, 'startsOn', to_char(starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(ends_on, 'YYYY-MM-DD'))
        FROM school_holiday WHERE ${wanted.holiday} AND ends_on >= ${today}::date ORDER BY starts_on LIMIT 1) AS holiday`;
  return row ?? nothing;
}

/** The input with names replaced by what they stand for, and what of it could be applied. */
export function resolveSearch(input: OfferSearchInput, names: Names, today: string) {
  const window = windowFor(input.when, today, names.holiday);
  const origin = input.near ?? names.postcode;
  const hasSessionFilter = window !== null || input.day.length > 0 || input.afterSchool;
  const sortable = {
    relevance: input.q !== undefined,
    nearest: origin !== null,
    soonest: true,
  };
  // A sort that cannot apply falls back: nearest without a place → relevance → soonest without a keyword.
  const sort = sortable[input.sort]
    ? input.sort
    : input.sort === "nearest" && sortable.relevance
      ? "relevance"
      : "soonest";
  const appliedFilters: OfferSearchInput = {
    ...input,
    district: names.districts.map((d) => d.slug).filter((slug) => input.district.includes(slug)),
    category: names.categories.map((c) => c.slug).filter((slug) => input.category.includes(slug)),
    when: window ? input.when : undefined,
    postcode: input.near ? undefined : names.postcode ? input.postcode : undefined,
    sort,
  };
  const search: ResolvedSearch = {
    today,
    keyword: input.q ?? null,
    typos: names.typos ?? undefined,
    districtIds: names.districts.length > 0 ? names.districts.map((d) => d.id) : null,
    categoryIds: names.categories.length > 0 ? names.categories.flatMap((c) => c.ids) : null,
    age: input.age ?? null,
    alone: input.alone,
    cost: input.cost === "free" ? "FREE" : input.cost === "condition" ? "FREE_WITH_CONDITION" : null,
    venueAccess: input.access.flatMap((access) =>
      access in SEARCH_VENUE_ACCESS ? [SEARCH_VENUE_ACCESS[access as SearchVenueAccess]] : [],
    ),
    sendFriendly: input.access.includes("send"),
    quietSessions: input.access.includes("quiet"),
    window,
    weekdays: hasSessionFilter ? possibleWeekdays(window, input.day, input.afterSchool) : null,
    afterSchool: input.afterSchool,
    origin,
    sort,
    offset: (input.page - 1) * OFFER_SEARCH_PER_PAGE,
    limit: OFFER_SEARCH_PER_PAGE,
    countUpTo: (input.page - 1) * OFFER_SEARCH_PER_PAGE + COUNT_AHEAD + 1,
  };
  return { search, appliedFilters };
}

function toItem(row: OfferSearchRow) {
  return {
    // biome-ignore lint/style/noNonNullAssertion: the statement selects offer.id, a primary key; the SQL type is nullable only in its declaration
    id: row.id!,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    language: row.language,
    translations: row.translations,
    minAge: row.min_age,
    maxAge: row.max_age,
    aloneFromAge: row.alone_from_age,
    costType: row.cost_type,
    costCondition: row.cost_condition,
    takeUpMethod: row.take_up_method,
    organisationName: row.organisation_name,
    venues: row.venues,
    categories: row.categories,
    nextDate: row.next_date,
    lastConfirmedAt: row.last_confirmed_at,
    distanceMetres: row.distance_metres === null ? null : Math.round(row.distance_metres),
    cover: coverFromSql(row.cover),
    categoryIcon: row.category_icon,
  };
}
