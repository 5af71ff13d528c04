/**
 * The one SQL statement behind the portal search: filter, count, sort and one page of results
 * with everything a result card shows. Built from Prisma.sql fragments, so every user value is
 * a bind parameter; nothing typed into the search box is ever part of the SQL text.
 *
 * Speed (100 000 offers): the offer table is wide (descriptions, the search document), so the
 * filters that can be answered from the narrow tables (sessions, venues, categories) are
 * semi-joins the planner can start from, and the page's details are only read for its 20 rows.
 */
import { Prisma } from "@free-city/db";
import { categoryIconSql } from "../listing/category-icons-of.ts";
import { activeOrganisationSql } from "../offers/public-offers.ts";
import { coverPhotoSql } from "../photos/public-photos.ts";
import { AFTER_SCHOOL_MINUTE, type DateWindow } from "./when.ts";

/** A search with every name resolved to ids and coordinates (see `resolveSearch`). */
export type ResolvedSearch = {
  today: string;
  keyword: string | null;
  districtIds: string[] | null;
  categoryIds: string[] | null;
  age: number | null;
  alone: boolean;
  cost: "FREE" | "FREE_WITH_CONDITION" | null;
  /** Venue access features (AccessFeature values) one venue of the offer must all have; empty = none asked for. */
  venueAccess: string[];
  sendFriendly: boolean;
  quietSessions: boolean;
  /** Sessions must fall in this window (null: any day from today on, if a session filter is set). */
  window: DateWindow | null;
  /** The days of the week a matching session can fall on; null = no session filter at all. */
  weekdays: number[] | null;
  afterSchool: boolean;
  origin: { lat: number; lng: number } | null;
  sort: "relevance" | "soonest" | "nearest";
  offset: number;
  limit: number;
  /**
   * Count the matches only up to this many (null: all of them). The portal asks for a page's
   * worth beyond a thousand more than it shows, so a search matching most offers stops counting
   * early ("1 000+") while the pager still knows whether there is a next page.
   */
  countUpTo?: number | null;
  /**
   * Whether near misses (typos) of the keyword count: true when its words as written find less
   * than a page (`fewWrittenSql`, looked up with the names). Unset: the statement decides (an
   * InitPlan), which keeps the typo index in the plan; set, the plan has only what it needs.
   */
  typos?: boolean;
  /** The caller counts the matches itself (the facet index): the statement's total is 0. */
  countedElsewhere?: boolean;
  /**
   * The matches, already known (the facet index, when they are few): the statement reads only
   * these offers, with no filter of its own and no fast path, and only orders them and finds the page.
   */
  onlyIds?: string[] | null;
  /** How many live offers (in id order) the relevance fast path looks at (default RELEVANCE_WALK). */
  relevanceWalk?: number;
  /**
   * Filters only the Open Referral API asks for (the portal leaves them unset): a session that
   * starts at or after / ends at or before a minute of the day, an age range that starts at or
   * above / ends at or below an age (an open bound never matches), a last approval on or after a time.
   */
  startMinuteFrom?: number | null;
  endMinuteBy?: number | null;
  minAgeAtLeast?: number | null;
  maxAgeAtMost?: number | null;
  modifiedAfter?: Date | null;
};

/**
 * A search with no filter at all (what `conditions` adds for it is the public rule alone): the
 * start of every search built in code, so a filter added to ResolvedSearch is unset by default.
 */
export function blankSearch(today = "2000-01-01"): ResolvedSearch {
  return {
    today,
    keyword: null,
    districtIds: null,
    categoryIds: null,
    age: null,
    alone: false,
    cost: null,
    venueAccess: [],
    sendFriendly: false,
    quietSessions: false,
    window: null,
    weekdays: null,
    afterSchool: false,
    origin: null,
    sort: "soonest",
    offset: 0,
    limit: 0,
  };
}

/**
 * When an offer last changed in public: the approval of its live version (offers seeded without
 * the review lifecycle fall back to when they were published, then to their last write).
 */
export const offerLastModifiedSql = (o: Prisma.Sql = sql`o`) =>
  sql`coalesce((SELECT d.created_at FROM review_decision d WHERE d.revision_id = ${o}.live_revision_id), ${o}.published_at, ${o}.updated_at)`;

/** A partner's translations of an offer's first words, by language (see `offerTranslation`). */
export type OfferTranslations = Partial<Record<string, { title: string; summary: string; takeUpNotes: string }>>;

export type OfferSearchRow = {
  total: number;
  id: string | null;
  slug: string;
  title: string;
  summary: string;
  language: string;
  translations: OfferTranslations;
  min_age: number | null;
  max_age: number | null;
  alone_from_age: number | null;
  cost_type: "FREE" | "FREE_WITH_CONDITION";
  cost_condition: string | null;
  take_up_method: "TURN_UP" | "BOOK_AHEAD" | "SHOW_CODE" | "ASK_AT_DESK";
  organisation_name: string;
  next_date: string | null;
  last_confirmed_at: Date | null;
  distance_metres: number | null;
  venues: { name: string; district: { slug: string; name: string } }[];
  categories: { slug: string; name: string }[];
  /** The cover photo (coverPhotoSql), and the category icon drawn when there is none. */
  cover: unknown;
  category_icon: string | null;
};

/**
 * Word similarity (0–1) at which a keyword counts as a typo of a word in a title or summary.
 * 0.5: "footbal" → football (0.88) and "swim" → swimming (0.8) match; "swim" no longer matches
 * "Swanshurst" (0.4), which at 0.4 put a bug hotel in a swimming search.
 */
export const TYPO_THRESHOLD = 0.5;

/** Typos are looked for when the keyword's words as written match fewer public offers than this (a page). */
export const TYPO_FALLBACK_BELOW = 20;

/**
 * Settings for the statement's transaction. The trigram index answers `<%` at the session's
 * threshold, so it is set here rather than filtering on word_similarity() row by row. JIT is
 * off because the planner over-estimates these queries and compiles for ~1 s to save ~1 ms.
 * No parallel workers: the fast paths read sessions in index order and stop after a page;
 * workers sort everything instead (and cost a process start each, on a small shared server).
 */
export const searchSettingsSql = Prisma.sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_THRESHOLD)}, true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`;

/**
 * Settings for a statement that sorts or groups every public offer (the facet index's title
 * order), in its own transaction: its sorts of ~100 000 rows fit in 32 MB of work_mem rather than
 * spilling to disk at the default 4 MB; JIT and parallel workers are off for the reasons above.
 */
export const aggregateSettingsSql = Prisma.sql`SELECT set_config('work_mem', '32MB', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`;

const sql = Prisma.sql;
const empty = Prisma.empty;
const join = Prisma.join;

/**
 * Venue \`v\` is public (publicVenueWhere, said in SQL): approved by staff, and its organisation in
 * good standing. The few organisations that are not come from their partial index
 * (organisation_not_in_good_standing_idx), hashed once per statement.
 */
export const publicVenueSql = sql`(v.status = 'APPROVED' AND v.organisation_id NOT IN (SELECT vo.id FROM organisation vo WHERE NOT ${activeOrganisationSql("vo")}))`;

/** ISO day of the week (1 = Monday) by integer arithmetic: 2001-01-01 was a Monday. */
const isoDow = (date: Prisma.Sql) => sql`((((${date}) - DATE '2001-01-01') % 7 + 7) % 7 + 1)`;

/**
 * Session `s`'s next date on or after `from` that is not cancelled and not after its last day,
 * or null. A weekly session counts from the later of `from` and its first day, on its own day of
 * the week; a cancelled date moves it on a week (walking past several in a row). Almost every
 * session takes the plain arithmetic and one hashed look-up in the cancellations; only one
 * cancelled on that date walks on.
 */
function nextDate(from: Prisma.Sql, today: Prisma.Sql): Prisma.Sql {
  const start = sql`greatest(${from}, s.valid_from)`;
  const first = sql`(CASE WHEN s.kind = 'ONE_OFF' THEN s.date ELSE ${start} + (s.day_of_week - ${isoDow(start)} + 7) % 7 END)`;
  const last = sql`coalesce(s.valid_to, 'infinity'::date)`;
  return sql`CASE
    WHEN ${first} < ${from} OR ${first} > ${last} THEN NULL
    WHEN (s.offer_id, ${first}) NOT IN (SELECT offer_id, date FROM offer_cancellation WHERE date >= ${today}) THEN ${first}
    WHEN s.kind = 'WEEKLY' THEN (SELECT min(${first} + 7 * k) FROM generate_series(1, 60) k WHERE ${first} + 7 * k <= ${last}
      AND NOT EXISTS (SELECT 1 FROM offer_cancellation c WHERE c.offer_id = s.offer_id AND c.date = ${first} + 7 * k))
    END`;
}

/** Minutes since 2000-01-01 of a session start: one integer orders by date, then time. */
const sessionMinute = (d: Prisma.Sql, startMinute: Prisma.Sql) =>
  sql`((${d} - DATE '2000-01-01') * 1440 + ${startMinute})`;

/**
 * A keyword's full-text parts. `written`: the document of offer `alias` has the words as written
 * (stemmed in English, or as they are, which finds partners' translations), one tsquery of both
 * so each row is checked once. `fewWritten`: true when fewer than a page of public offers have
 * them, so typos are looked for (an InitPlan: worked out once per statement, and only when asked).
 */
function keywordSql(keyword: string, tsquery: Prisma.Sql) {
  const both = sql`(${tsquery} || websearch_to_tsquery('simple', unaccent(${keyword})))`;
  const written = (alias: Prisma.Sql) => sql`${alias}.search @@ ${both}`;
  // The same query with every word marked :A, the weight titles (and translated titles) have in
  // the document: true when the title has the words. Rewritten once per statement (a scalar
  // subquery), as text, because PostgreSQL has no setweight() for a tsquery.
  const titleQuery = sql`(SELECT regexp_replace(${both}::text, '''((?:[^'']|'''')*)''', '''\\1'':A', 'g')::tsquery)`;
  const inTitle = (alias: Prisma.Sql) => sql`${alias}.search @@ ${titleQuery}`;
  const fewWritten = sql`(SELECT count(*) < ${TYPO_FALLBACK_BELOW} FROM (SELECT 1 FROM offer w
      WHERE w.status = 'LIVE' AND w.id NOT IN (SELECT id FROM hidden) AND ${written(sql`w`)} LIMIT ${TYPO_FALLBACK_BELOW}) written)`;
  return { written, inTitle, fewWritten };
}

/** True when a keyword's words as written find less than a page of public offers (needs the `hidden` CTE). */
export const fewWrittenSql = (keyword: string) =>
  keywordSql(keyword, sql`websearch_to_tsquery('english', unaccent(${keyword}))`).fewWritten;

/**
 * The offer-level filters. Visibility is checked by the caller (see `hidden` in the statement);
 * the filters on the offer's own columns are only added when asked for, because each one means
 * reading the (wide) offer rows. The filter counts (count-search-filters.ts) build on these too.
 */
export function conditions(search: ResolvedSearch, tsquery: Prisma.Sql): Prisma.Sql[] {
  // \`status = 'LIVE'\` says again what \`hidden\` excludes, so the planner can use the narrow
  // partial index of live offers' filter columns (offer_live_filters_idx) and answer the
  // filters on ages, cost and access from it without reading the wide offer rows.
  const where: Prisma.Sql[] = [sql`o.status = 'LIVE'`, sql`o.id NOT IN (SELECT id FROM hidden)`];
  if (search.onlyIds) return [...where, sql`o.id = ANY (${search.onlyIds}::text[])`];
  if (search.keyword !== null) {
    // Typos are matched against titles only: checking every summary word by word cost ~150 ms
    // per search at 100 000 offers, and a title says what a thing is.
    // Partners' translations are in the document unstemmed (the `simple` configuration): a
    // keyword in Urdu, Bengali, Arabic or Polish matches them as written.
    //
    // Typos are a fallback: only when the words as written match fewer than a page of public
    // offers (decided once per statement, an InitPlan) does a title that is a near miss of the
    // keyword count too. Checking every candidate title for a near miss (word_similarity) on a
    // keyword full-text search already answers is work for nothing: "footbal" is the stem of
    // "football", found in 13 000 titles at 100 000 offers.
    const keyword = keywordSql(search.keyword, tsquery);
    const written = keyword.written(sql`o`);
    const nearMiss = sql`${search.keyword}::text <% o.title`;
    if (search.typos === false) where.push(written);
    else if (search.typos === true) where.push(sql`(${written} OR ${nearMiss})`);
    else where.push(sql`(${written} OR (${keyword.fewWritten} AND ${nearMiss}))`);
  }
  if (search.districtIds) {
    where.push(sql`o.id IN (SELECT ov.offer_id FROM offer_venue ov JOIN venue v ON v.id = ov.venue_id
      WHERE ${publicVenueSql} AND v.district_id IN (${join(search.districtIds)}))`);
  }
  if (search.categoryIds) {
    where.push(
      sql`o.id IN (SELECT oc.offer_id FROM offer_category oc WHERE oc.category_id IN (${join(search.categoryIds)}))`,
    );
  }
  if (search.age !== null) {
    // "I am N": the offer's range includes N; a missing bound is open.
    where.push(
      sql`(o.min_age IS NULL OR o.min_age <= ${search.age}) AND (o.max_age IS NULL OR o.max_age >= ${search.age})`,
    );
  }
  if (search.alone) {
    where.push(search.age === null ? sql`o.alone_from_age IS NOT NULL` : sql`o.alone_from_age <= ${search.age}`);
  }
  if (search.minAgeAtLeast != null) where.push(sql`o.min_age >= ${search.minAgeAtLeast}`);
  if (search.maxAgeAtMost != null) where.push(sql`o.max_age <= ${search.maxAgeAtMost}`);
  if (search.modifiedAfter) where.push(sql`${offerLastModifiedSql()} >= ${search.modifiedAfter}`);
  if (search.cost) where.push(sql`o.cost_type = ${search.cost}::"CostType"`);
  if (search.sendFriendly) where.push(sql`o.send_friendly`);
  if (search.quietSessions) where.push(sql`o.quiet_sessions`);
  if (search.venueAccess.length > 0) {
    where.push(sql`o.id IN (SELECT ov.offer_id FROM offer_venue ov JOIN venue v ON v.id = ov.venue_id
      WHERE ${publicVenueSql} AND v.access_features @> ARRAY[${join(search.venueAccess)}]::"AccessFeature"[])`);
  }
  if (search.weekdays) where.push(sessionCondition(search, search.weekdays));
  return where;
}

/**
 * Has a session (not cancelled) in the window, on an allowed weekday, after school if asked:
 * a semi-join from the narrow session table. The first conditions can use its indexes; the last
 * is the exact test, one date of arithmetic per candidate session.
 */
function sessionCondition(search: ResolvedSearch, weekdays: number[]): Prisma.Sql {
  if (weekdays.length === 0) return sql`false`;
  const from = search.window ? sql`${search.window.from}::date` : sql`${search.today}::date`;
  const to = search.window?.to ? sql`${search.window.to}::date` : sql`'infinity'::date`;
  const weekly = sql`s.kind = 'WEEKLY' AND s.day_of_week IN (${join(weekdays)})
    AND (s.valid_from IS NULL OR s.valid_from <= ${to}) AND (s.valid_to IS NULL OR s.valid_to >= ${from})`;
  const oneOff = sql`s.kind = 'ONE_OFF' AND s.date >= ${from} AND s.date <= ${to} AND ${isoDow(sql`s.date`)} IN (${join(weekdays)})`;
  return sql`o.id IN (SELECT s.offer_id FROM offer_schedule s
    WHERE ((${weekly}) OR (${oneOff}))
    ${search.afterSchool ? sql`AND s.start_minute >= ${AFTER_SCHOOL_MINUTE}` : empty}
    ${search.startMinuteFrom != null ? sql`AND s.start_minute >= ${search.startMinuteFrom}` : empty}
    ${search.endMinuteBy != null ? sql`AND s.end_minute <= ${search.endMinuteBy}` : empty}
    AND ${nextDate(from, sql`${search.today}::date`)} <= ${to})`;
}

function orderBy(search: ResolvedSearch, m: Prisma.Sql = sql`m`): Prisma.Sql {
  if (search.sort === "nearest") return sql`${m}.distance_metres ASC NULLS LAST, ${m}.id`;
  if (search.sort === "relevance") return sql`${m}.rank DESC, ${m}.id`;
  return sql`${m}.next_minute ASC NULLS LAST, ${m}.id`;
}

/** How many of the nearest venues the "nearest" fast path looks at first. */
const NEAR_VENUES = 20;

/** Metres from the search's origin to venue `v` (approved, with a position). */
const venueMetres = (origin: { lat: number; lng: number }) =>
  sql`earth_distance(ll_to_earth(v.latitude, v.longitude), ll_to_earth(${origin.lat}, ${origin.lng}))`;
const placedVenue = sql`${publicVenueSql} AND v.latitude IS NOT NULL AND v.longitude IS NOT NULL`;
/** Venue `v`'s position as a point on the Earth: the expression venue_earth_idx indexes. */
const venueEarth = sql`ll_to_earth(v.latitude, v.longitude)`;

/**
 * Everything publicOfferWhere leaves out (offers not live; offers of suspended organisations),
 * found through indexes: a CTE named `hidden`, which `conditions` excludes.
 */
export const hiddenOffersSql = sql`hidden AS (
      SELECT id FROM offer WHERE status < 'LIVE' OR status > 'LIVE'
      UNION
      SELECT o.id FROM offer o JOIN organisation org ON org.id = o.organisation_id WHERE NOT ${activeOrganisationSql("org")}
    )`;

/**
 * The search's filters alone, as two CTEs (`hidden`, then `matches` with the ids of the public
 * offers that match), for statements that page through matches their own way (the Open Referral
 * API pages by id). Same conditions, same indexes as the portal search.
 */
export function publicMatchesSql(search: ResolvedSearch): Prisma.Sql {
  const tsquery = sql`websearch_to_tsquery('english', unaccent(${search.keyword ?? ""}))`;
  return sql`${hiddenOffersSql},
    matches AS MATERIALIZED (SELECT o.id FROM offer o WHERE ${join(conditions(search, tsquery), " AND ")})`;
}

/**
 * True when the offer with this id matches the search (null when it does not), as a scalar
 * subquery: the planner cannot turn it into a join, so rows read in page order (an ordered
 * subquery with OFFSET 0 keeps its order) are checked one by one and LIMIT stops the reading
 * after a page's worth. The subqueries inside the filters (district, category, sessions) are
 * hashed once, not run per row.
 */
const matchesOffer = (where: Prisma.Sql, id: Prisma.Sql) =>
  sql`(SELECT true FROM offer o WHERE o.id = ${id} AND ${where})`;

/** What a sort adds to the statement: CTEs before `matches`, and `ranked` (the matches in its order's terms). */
type SortStrategy = {
  beforeMatches: Prisma.Sql;
  ranked: Prisma.Sql;
  /** True when the page came from the sort's fast path (so `matches` was not worked out); null: no fast path. */
  fastPath: Prisma.Sql | null;
};

/** "Relevance" (and any sort that cannot apply): the matches as they are, ordered by their rank. */
function byRelevance(): SortStrategy {
  return {
    beforeMatches: empty,
    ranked: sql`ranked AS (SELECT m.*, NULL::int AS next_minute FROM matches m),`,
    fastPath: null,
  };
}

/**
 * How many live offers (in id order) the relevance fast path looks at for a page of its best
 * rank, unless the search says (planOfferSearch: enough to find a page among its matches). A
 * keyword in one title in a hundred fills the first page within them.
 */
const RELEVANCE_WALK = 2_000;

/**
 * "Relevance" with a keyword: by rank (`relevanceRank`), then id, with a fast path for a page
 * of the best rank. Ranks are few, so the first offers of the best rank in id order are the
 * first of the page: found by walking the live offers in id order (offer_live_title_idx) and
 * checking each as it comes, a few hundred rows, where the full path reads and ranks every match
 * (13 000 for "football" at 100 000 offers, ten times that at 1 000 000).
 *
 * The best rank is a title with the words as written. When near misses are looked for (`typos`),
 * fewer than a page has the words as written: those all come first (found through the full-text
 * index), and the walk looks for titles that are near misses, the rank after them.
 */
function byRelevanceWithKeyword(
  search: ResolvedSearch & { keyword: string; typos: boolean },
  tsquery: Prisma.Sql,
  where: Prisma.Sql,
  rank: Prisma.Sql,
): SortStrategy {
  const keyword = keywordSql(search.keyword, tsquery);
  const wanted = search.offset + search.limit;
  // Near misses are tested on the title alone, which the walk's index holds (index-only).
  const walked = search.typos ? sql`o.title` : sql`o.search`;
  const walk = sql`(SELECT o.id, ${walked} FROM offer o WHERE o.status = 'LIVE' ORDER BY o.id LIMIT ${search.relevanceWalk ?? RELEVANCE_WALK}) w`;
  const head = search.typos
    ? sql`-- Every match with the words as written (fewer than a page), then the walk's near misses.
    written_head AS MATERIALIZED (
      SELECT o.id, ${rank} AS rank FROM offer o WHERE ${keyword.written(sql`o`)} AND ${where}
    ),
    relevance_head AS MATERIALIZED (
      SELECT id, rank, NULL::float8 AS distance_metres FROM written_head
      UNION ALL
      (SELECT w.id, ${NEAR_MISS_RANK} AS rank, NULL::float8 AS distance_metres FROM ${walk}
        WHERE ${search.keyword}::text <% w.title AND w.id NOT IN (SELECT id FROM written_head)
          AND ${matchesOffer(where, sql`w.id`)}
        ORDER BY w.id LIMIT ${wanted})
    ),`
    : sql`relevance_head AS MATERIALIZED (
      SELECT w.id, ${TITLE_RANK} AS rank, NULL::float8 AS distance_metres FROM ${walk}
      WHERE ${keyword.inTitle(sql`w`)} AND ${matchesOffer(where, sql`w.id`)}
      ORDER BY w.id LIMIT ${wanted}
    ),`;
  const enough = sql`(SELECT count(*) FROM relevance_head) >= ${wanted}`;
  return {
    fastPath: enough,
    beforeMatches: empty,
    ranked: sql`${head}
    ranked AS (
      SELECT rh.*, NULL::int AS next_minute FROM relevance_head rh WHERE ${enough}
      UNION ALL
      SELECT m.*, NULL::int AS next_minute FROM matches m WHERE NOT ${enough}
    ),`,
  };
}

/** Ranks of a keyword match (relevance): the words in the title, elsewhere, or a near miss of the title. */
const TITLE_RANK = 2;
const WRITTEN_RANK = 1;
const NEAR_MISS_RANK = 0;

/**
 * A keyword match's rank: the words as written in the title (or a translated title) first,
 * then as written anywhere else, then (when looked for) titles that are near misses. Few ranks,
 * one test each, rather than a score: ts_rank and word_similarity read and scored every match
 * (the whole search document of 13 000 offers for "football" at 100 000), and a page of the best
 * rank can be found without looking at every match (byRelevanceWithKeyword).
 */
function relevanceRank(keyword: string, tsquery: Prisma.Sql, typos: boolean | undefined): Prisma.Sql {
  const { written, inTitle } = keywordSql(keyword, tsquery);
  return sql`(CASE WHEN ${inTitle(sql`o`)} THEN ${TITLE_RANK} ${
    typos === false
      ? sql`ELSE ${WRITTEN_RANK}`
      : sql`WHEN ${written(sql`o`)} THEN ${WRITTEN_RANK} ELSE ${NEAR_MISS_RANK}`
  } END)`;
}

/** Session alias `s` runs on `day` (its kind, weekday and validity; cancellations aside). */
const firstDaySession = (s: Prisma.Sql, day: Prisma.Sql) =>
  sql`((${s}.kind = 'WEEKLY' AND ${s}.day_of_week = ${isoDow(day)} AND (${s}.valid_from IS NULL OR ${s}.valid_from <= ${day}) AND (${s}.valid_to IS NULL OR ${s}.valid_to >= ${day}))
    OR (${s}.kind = 'ONE_OFF' AND ${s}.date = ${day}))`;

/** "Soonest": each match's next session in the window, with a fast path for a full first day. */
function bySoonest(
  search: ResolvedSearch,
  from: Prisma.Sql,
  today: Prisma.Sql,
  where: Prisma.Sql,
  rank: Prisma.Sql,
): SortStrategy {
  const nextSession = sql`next_session AS (
      SELECT s.offer_id, min(${sessionMinute(nextDate(from, today), sql`s.start_minute`)}) AS minute
      FROM offer_schedule s WHERE s.offer_id IN (SELECT id FROM matches) GROUP BY s.offer_id
    )`;
  const everyMatch = sql`SELECT m.id, m.rank, m.distance_metres, ns.minute AS next_minute FROM matches m LEFT JOIN next_session ns ON ns.offer_id = m.id`;
  if (search.onlyIds)
    return { fastPath: null, beforeMatches: empty, ranked: sql`${nextSession}, ranked AS (${everyMatch}),` };
  return {
    fastPath: sql`(SELECT count(*) FROM first_day) >= ${search.offset + search.limit}`,
    beforeMatches: empty,
    ranked: sql`-- "Soonest", fast path: the matches with a session on the window's first day come before
    -- every other match (each of those sessions' next date is that day, any other session's is
    -- later), so when there are enough of them for this page, the page is among them: found
    -- through the day-of-week and date indexes, without working out every match's next date.
    -- (Sessions first, then matches: the other way round, the planner walks every match's sessions.)
    -- The first day's sessions in page order (start, then offer), read lazily: weekly ones from
    -- the (day of the week, start) index, one-offs from the date index, merged. Only the first
    -- offset + limit offers are taken, each session checked as it comes (not cancelled, its
    -- offer's earliest that day, the offer matches: one index look-up each), so a search matching
    -- most offers reads a page's worth of sessions instead of working out every match.
    first_day AS MATERIALIZED (
      SELECT fs.offer_id AS id, ${rank} AS rank, NULL::float8 AS distance_metres, fs.start_minute
      FROM (
        SELECT * FROM (
          (SELECT s.id, s.offer_id, s.start_minute FROM offer_schedule s
            WHERE s.kind = 'WEEKLY' AND s.day_of_week = ${isoDow(from)} AND (s.valid_from IS NULL OR s.valid_from <= ${from}) AND (s.valid_to IS NULL OR s.valid_to >= ${from})
            ORDER BY s.start_minute, s.offer_id)
          UNION ALL
          (SELECT s.id, s.offer_id, s.start_minute FROM offer_schedule s WHERE s.kind = 'ONE_OFF' AND s.date = ${from}
            ORDER BY s.start_minute, s.offer_id)
        ) both_kinds ORDER BY start_minute, offer_id OFFSET 0
      ) fs
      WHERE (fs.offer_id, ${from}) NOT IN (SELECT offer_id, date FROM offer_cancellation WHERE date = ${from})
        AND (SELECT true FROM offer_schedule e WHERE e.offer_id = fs.offer_id AND ${firstDaySession(sql`e`, from)}
          AND (e.start_minute < fs.start_minute OR (e.start_minute = fs.start_minute AND e.id < fs.id)) LIMIT 1) IS NULL
        AND ${matchesOffer(where, sql`fs.offer_id`)}
      ORDER BY fs.start_minute, fs.offer_id LIMIT ${search.offset + search.limit}
    ),
    -- Otherwise (deep pages, narrow searches): each match's next session.
    ${nextSession},
    ranked AS (
      SELECT fd.id, fd.rank, fd.distance_metres, ${sessionMinute(from, sql`fd.start_minute`)} AS next_minute FROM first_day fd
      WHERE (SELECT count(*) FROM first_day) >= ${search.offset + search.limit}
      UNION ALL
      ${everyMatch}
      WHERE (SELECT count(*) FROM first_day) < ${search.offset + search.limit}
    ),`,
  };
}

/** "Nearest": each match's nearest venue from the origin, with a fast path through the nearest venues. */
function byNearest(
  search: ResolvedSearch,
  origin: { lat: number; lng: number },
  where: Prisma.Sql,
  rank: Prisma.Sql,
): SortStrategy {
  const nearestVenue = sql`venue_distance AS MATERIALIZED (SELECT v.id, ${venueMetres(origin)} AS metres FROM venue v WHERE ${placedVenue}),
    -- Every offer's nearest venue (the full path).
    nearest_venue AS (
      SELECT ov.offer_id, min(vd.metres) AS metres FROM offer_venue ov JOIN venue_distance vd ON vd.id = ov.venue_id GROUP BY ov.offer_id
    ),`;
  const everyMatch = sql`SELECT m.id, m.rank, nv.metres AS distance_metres, NULL::int AS next_minute FROM matches m LEFT JOIN nearest_venue nv ON nv.offer_id = m.id`;
  if (search.onlyIds) {
    // A few known matches: each one's venues, rather than every offer's nearest venue.
    return {
      fastPath: null,
      beforeMatches: empty,
      ranked: sql`ranked AS (
      SELECT m.id, m.rank, NULL::int AS next_minute,
        (SELECT min(${venueMetres(origin)}) FROM offer_venue ov JOIN venue v ON v.id = ov.venue_id WHERE ov.offer_id = m.id AND ${placedVenue}) AS distance_metres
      FROM matches m
    ),`,
    };
  }
  return {
    fastPath: sql`(SELECT count(*) FROM near_matches) >= ${search.offset + search.limit}`,
    beforeMatches: sql`${nearestVenue}
    -- "Nearest", fast path: offers at the nearest few venues (and any tied with the last) are nearer
    -- than every other offer, so when they hold enough matches for this page, it is among them.
    near_offers AS MATERIALIZED (
      SELECT ov.offer_id, min(nv.metres) AS metres
      FROM offer_venue ov JOIN (
        -- The nearest venues through the GiST index on their positions (venue_earth_idx), read
        -- nearest first (a KNN scan) instead of working out every venue's distance. \`<->\` is the
        -- straight-line distance through the Earth, which orders places as the distance along
        -- its surface does.
        SELECT v.id, ${venueMetres(origin)} AS metres FROM venue v WHERE ${placedVenue}
        ORDER BY ${venueEarth} <-> ll_to_earth(${origin.lat}, ${origin.lng}) FETCH FIRST ${NEAR_VENUES} ROWS WITH TIES
      ) nv ON nv.id = ov.venue_id
      GROUP BY ov.offer_id
    ),`,
    // The first offset + limit of them in page order, checked against the filters one by one.
    ranked: sql`near_matches AS MATERIALIZED (
      SELECT no.offer_id AS id, ${rank} AS rank, no.metres AS distance_metres
      FROM (SELECT * FROM near_offers ORDER BY metres, offer_id OFFSET 0) no
      WHERE ${matchesOffer(where, sql`no.offer_id`)}
      ORDER BY no.metres, no.offer_id LIMIT ${search.offset + search.limit}
    ),
    ranked AS (
      SELECT nm.id, nm.rank, nm.distance_metres, NULL::int AS next_minute FROM near_matches nm
      WHERE (SELECT count(*) FROM near_matches) >= ${search.offset + search.limit}
      UNION ALL
      ${everyMatch}
      WHERE (SELECT count(*) FROM near_matches) < ${search.offset + search.limit}
    ),`,
  };
}

function sortStrategy(
  search: ResolvedSearch,
  from: Prisma.Sql,
  today: Prisma.Sql,
  tsquery: Prisma.Sql,
  where: Prisma.Sql,
  rank: Prisma.Sql,
): SortStrategy {
  if (search.sort === "soonest") return bySoonest(search, from, today, where, rank);
  if (search.sort === "nearest" && search.origin !== null) return byNearest(search, search.origin, where, rank);
  const { keyword, typos } = search;
  // Typos unset (the statement decides, an InitPlan): which ranks there are is not known until it runs.
  if (search.sort === "relevance" && keyword !== null && typos !== undefined && !search.onlyIds)
    return byRelevanceWithKeyword({ ...search, keyword, typos }, tsquery, where, rank);
  return byRelevance();
}

/**
 * The number of matches. Exact: counted from \`matches\`. Capped (the portal): when the page came
 * from a fast path, \`matches\` was never worked out, so the count is a statement of its own with
 * LIMIT, which the planner answers with a plan that stops early (checking offers one by one,
 * rather than hashing, say, all 45 000 offers of a district first); otherwise from \`matches\`,
 * already worked out for the page. (CASE runs only the branch it needs.)
 */
function totalSql(search: ResolvedSearch, where: Prisma.Sql, fastPath: Prisma.Sql | null): Prisma.Sql {
  if (search.countedElsewhere) return sql`0`;
  if (search.countUpTo == null) return sql`(SELECT count(*) FROM matches)`;
  const fromMatches = sql`(SELECT count(*) FROM (SELECT 1 FROM matches LIMIT ${search.countUpTo}) counted)`;
  if (fastPath === null) return fromMatches;
  return sql`(CASE WHEN ${fastPath}
    THEN (SELECT count(*) FROM (SELECT 1 FROM offer o WHERE ${where} LIMIT ${search.countUpTo}) counted)
    ELSE ${fromMatches} END)`;
}

/** The statement: rows of one page, each with the total; one row with id null when the page is empty. */
export function offerSearchSql(search: ResolvedSearch): Prisma.Sql {
  const today = sql`${search.today}::date`;
  // Dates shown and sorted on are the next ones in the search's window (this weekend's, say).
  const from = search.window ? sql`${search.window.from}::date` : today;
  const tsquery = sql`websearch_to_tsquery('english', unaccent(${search.keyword ?? ""}))`;
  const origin = search.origin;
  const rank =
    search.sort === "relevance" && search.keyword !== null
      ? relevanceRank(search.keyword, tsquery, search.typos)
      : sql`0`;
  const where = join(conditions(search, tsquery), " AND ");
  const strategy = sortStrategy(search, from, today, tsquery, where, rank);

  return sql`
    WITH
    -- Everything publicOfferWhere leaves out (offers not live; offers of suspended or rejected organisations),
    -- found through indexes. Results are offers not in it, so a search that filters only on the
    -- narrow tables never reads the wide offer rows of 100 000 offers to check their status.
    ${hiddenOffersSql},
    ${strategy.beforeMatches}
    matches AS MATERIALIZED (
      SELECT o.id,
        ${rank} AS rank,
        NULL::float8 AS distance_metres
      FROM offer o
      WHERE ${where}
    ),
    ${strategy.ranked}
    page AS (
      -- No window function here: with a plain ORDER BY … LIMIT the planner keeps only the best
      -- rows while sorting (a top-N sort) instead of sorting every match.
      SELECT m.* FROM ranked m ORDER BY ${orderBy(search)} LIMIT ${search.limit} OFFSET ${search.offset}
    )
    SELECT ${totalSql(search, where, strategy.fastPath)}::int AS total,
      o.id, o.slug, o.title, o.summary, o.language, o.translations, o.min_age, o.max_age, o.alone_from_age, o.cost_type::text, o.cost_condition,
      o.take_up_method::text, org.name AS organisation_name,
      (SELECT to_char(min(${nextDate(from, today)}), 'YYYY-MM-DD') FROM offer_schedule s WHERE s.offer_id = o.id) AS next_date,
      o.last_confirmed_at,
      ${origin ? sql`(SELECT min(${venueMetres(origin)}) FROM offer_venue ov JOIN venue v ON v.id = ov.venue_id WHERE ov.offer_id = o.id AND ${placedVenue})` : sql`NULL::float8`} AS distance_metres,
      (SELECT coalesce(json_agg(json_build_object('name', v.name, 'district', json_build_object('slug', d.slug, 'name', d.name)) ORDER BY v.name), '[]')
        FROM offer_venue ov JOIN venue v ON v.id = ov.venue_id JOIN district d ON d.id = v.district_id
        WHERE ov.offer_id = o.id AND ${publicVenueSql}) AS venues,
      (SELECT coalesce(json_agg(json_build_object('slug', c.slug, 'name', c.name) ORDER BY c.position, c.name), '[]')
        FROM offer_category oc JOIN category c ON c.id = oc.category_id WHERE oc.offer_id = o.id) AS categories,
      ${coverPhotoSql} AS cover, ${categoryIconSql} AS category_icon
    FROM (SELECT 1) one
    LEFT JOIN (
      page
      JOIN offer o ON o.id = page.id
      JOIN organisation org ON org.id = o.organisation_id
      -- publicOfferWhere, once more on the page's own rows: the same rule as \`hidden\`, said directly.
      AND o.status = 'LIVE' AND ${activeOrganisationSql("org")}
    ) ON true
    ORDER BY ${orderBy(search, sql`page`)}`;
}
