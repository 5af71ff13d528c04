/**
 * How many results each filter option of the portal search would give, together with the
 * other filters as they are (GOV.UK finder style: "Ladywood (12)"). Options that give nothing
 * get 0, so the page can say so instead of hiding them.
 *
 * One statement, built from the search's own condition builder (`conditions` in search-sql.ts):
 * every public offer that passes the filters no option changes (keyword, age, days…) gets one
 * boolean per filter group (does it pass the group as it is now?) and one per option that is a
 * plain column; aggregates with FILTER clauses count the scalar options, and three GROUP BYs count
 * districts, categories (a category counts its sub-categories' offers) and venue access features.
 *
 * "Would give" means: the results with this option ticked and everything else unchanged. Ticking
 * another district or category widens (either one), ticking an access feature or "on my own"
 * narrows (all of them), picking a "when" or "cost" radio replaces. An option already ticked
 * gives what the search gives now.
 */
import { type Database, Prisma, todayInCity } from "@free-city/db";
import {
  type OfferSearchInput,
  SEARCH_ACCESS,
  SEARCH_VENUE_ACCESS,
  type SearchAccess,
  type SearchVenueAccess,
} from "@free-city/schemas";
import { lookUpNames, resolveSearch } from "./search-offers.ts";
import { conditions, hiddenOffersSql, type ResolvedSearch, searchSettingsSql } from "./search-sql.ts";

const sql = Prisma.sql;
const join = Prisma.join;
/** A condition that always holds (one object, so a group left unset can be recognised). */
const TRUE = Prisma.sql`true`;

const WHEN_OPTIONS = ["any", "today", "weekend", "holidays"] as const;
type WhenOption = (typeof WHEN_OPTIONS)[number];
const COST_OPTIONS = ["any", "free", "condition"] as const;
type CostOption = (typeof COST_OPTIONS)[number];

export type SearchFilterCounts = {
  /** The search's own number of results (the same as `searchOffers(...).total`). */
  total: number;
  /** By district slug; a district missing here has no results. */
  district: Record<string, number>;
  /** By category slug (top-level and sub-categories); missing: no results. */
  category: Record<string, number>;
  /** "When" radios; `date` only when a date is chosen (the radio means nothing without one). */
  when: Record<WhenOption, number> & { date: number | null };
  cost: Record<CostOption, number>;
  access: Record<SearchAccess, number>;
  alone: number;
};

type CountRow = { facet: string; option: string; n: number };

/** The filter counts for a search (the same input the search takes). */
export async function countSearchFilters(
  db: Database,
  input: OfferSearchInput,
  now: Date = new Date(),
): Promise<SearchFilterCounts> {
  const today = todayInCity(now);
  // The holiday is looked up even when not asked for: the "School holidays" option needs its dates.
  const names = await lookUpNames(db, input, today, true);
  const resolve = (change: Partial<OfferSearchInput>) => resolveSearch({ ...input, ...change }, names, today);
  const { search, appliedFilters: applied } = resolve({});
  const whenOf = (when: OfferSearchInput["when"]) => resolve({ when }).search;
  const costOf = (cost: OfferSearchInput["cost"]) => resolve({ cost }).search.cost;

  const [, rows] = await db.$transaction([
    db.$queryRaw(searchSettingsSql),
    db.$queryRaw<CountRow[]>(
      filterCountsSql(search, {
        when: {
          any: whenOf(undefined),
          today: whenOf("today"),
          weekend: whenOf("weekend"),
          holidays: whenOf("holidays"),
        },
        cost: { any: null, free: costOf("free"), condition: costOf("condition") },
      }),
    ),
  ]);

  const found = (facet: string) => new Map(rows.filter((r) => r.facet === facet).map((r) => [r.option, r.n]));
  const scalar = found("scalar");
  const total = scalar.get("total") ?? 0;
  const one = (option: string) => scalar.get(option) ?? 0;

  // A ticked district or category already gives the total; another one adds its own offers
  // that the ticked ones do not hold (counted by the statement as "outside").
  const widening = (facet: "district" | "category", chosen: string[]): Record<string, number> => {
    const counts = Object.fromEntries(found(facet));
    const widened: Record<string, number> = {};
    for (const [slug, n] of Object.entries(counts)) widened[slug] = chosen.length > 0 ? total + n : n;
    for (const slug of chosen) widened[slug] = total;
    return widened;
  };

  const venueFeatures = found("venue-access");
  const access = Object.fromEntries(
    SEARCH_ACCESS.map((option) => {
      if (applied.access.includes(option)) return [option, total];
      if (option === "send") return [option, one("send")];
      if (option === "quiet") return [option, one("quiet")];
      return [option, venueFeatures.get(SEARCH_VENUE_ACCESS[option as SearchVenueAccess]) ?? 0];
    }),
  ) as Record<SearchAccess, number>;

  const isDate = applied.when !== undefined && /^\d{4}-/.test(applied.when);
  return {
    total,
    district: widening("district", applied.district),
    category: widening("category", applied.category),
    when: {
      any: one("when-any"),
      today: one("when-today"),
      weekend: one("when-weekend"),
      holidays: one("when-holidays"),
      date: isDate ? total : null,
    },
    cost: { any: one("cost-any"), free: one("cost-free"), condition: one("cost-condition") },
    access,
    alone: applied.alone ? total : one("alone"),
  };
}

/** The other options' searches: each "when" radio resolved, and each cost radio's value. */
type OptionSearches = {
  when: Record<WhenOption, ResolvedSearch>;
  cost: Record<CostOption, ResolvedSearch["cost"]>;
};

/** A search with none of the filters that have counted options (they are added back group by group). */
function withoutCountedFilters(search: ResolvedSearch): ResolvedSearch {
  return {
    ...search,
    districtIds: null,
    categoryIds: null,
    cost: null,
    venueAccess: [],
    sendFriendly: false,
    quietSessions: false,
    alone: false,
    window: null,
    weekdays: null,
    afterSchool: false,
  };
}

/** The statement: rows of (facet, option, n). */
function filterCountsSql(search: ResolvedSearch, options: OptionSearches): Prisma.Sql {
  const tsquery = sql`websearch_to_tsquery('english', unaccent(${search.keyword ?? ""}))`;
  const base = withoutCountedFilters(search);
  const blank = withoutCountedFilters({
    ...base,
    keyword: null,
    age: null,
    startMinuteFrom: null,
    endMinuteBy: null,
    minAgeAtLeast: null,
    maxAgeAtMost: null,
    modifiedAfter: null,
  });
  // What `conditions` always adds (the visibility check): the core rows are checked once already.
  const always = conditions(blank, tsquery).length;
  /** One group's condition on offer `o`, on its own ("true" when the group is not set). */
  const only = (group: Partial<ResolvedSearch>) => {
    const parts = conditions({ ...blank, ...group }, tsquery).slice(always);
    return parts.length > 0 ? sql`(${join(parts, " AND ")})` : TRUE;
  };
  const session = (s: ResolvedSearch) => only({ window: s.window, weekdays: s.weekdays, afterSchool: s.afterSchool });
  const costIs = (cost: ResolvedSearch["cost"]) => only({ cost });

  // One boolean per group: does the offer pass the group as the search has it now?
  const groups = {
    d: only({ districtIds: search.districtIds }),
    k: only({ categoryIds: search.categoryIds }),
    w: session(search),
    c: costIs(search.cost),
    a: only({
      venueAccess: search.venueAccess,
      sendFriendly: search.sendFriendly,
      quietSessions: search.quietSessions,
    }),
    l: search.alone ? only({ alone: true, age: search.age }) : TRUE,
  };
  type Group = keyof typeof groups;
  // Groups the search does not set are left out of the counts' conditions altogether (not "AND
  // true"): the planner then sees how many rows it joins and picks hash joins, not 100 000 look-ups.
  const setGroups = (Object.keys(groups) as Group[]).filter((g) => groups[g] !== TRUE);
  /** Every group but the ones named: what an option of those groups is counted within. */
  const allBut = (...left: Group[]) => {
    const kept = setGroups.filter((g) => !left.includes(g)).map((g) => sql`c.${Prisma.raw(g)}`);
    return kept.length > 0 ? join(kept, " AND ") : sql`true`;
  };
  const venueAccessHeld =
    search.venueAccess.length > 0
      ? sql`v.access_features @> ARRAY[${join(search.venueAccess)}]::"AccessFeature"[]`
      : sql`true`;

  return sql`
    WITH
    ${hiddenOffersSql},
    core AS MATERIALIZED (
      SELECT o.id,
        ${groups.d} AS d, ${groups.k} AS k, ${groups.w} AS w, ${groups.c} AS c, ${groups.a} AS a, ${groups.l} AS l,
        ${session(options.when.any)} AS when_any,
        ${session(options.when.today)} AS when_today,
        ${session(options.when.weekend)} AS when_weekend,
        ${session(options.when.holidays)} AS when_holidays,
        ${costIs(options.cost.free)} AS cost_free,
        ${costIs(options.cost.condition)} AS cost_condition,
        o.send_friendly, o.quiet_sessions,
        ${only({ alone: true, age: search.age })} AS alone_ok
      FROM offer o
      WHERE ${join(conditions(base, tsquery), " AND ")}
    ),
    -- Every category with itself and all its sub-categories (a category's filter takes them all).
    category_tree AS (
      WITH RECURSIVE tree AS (
        SELECT id, id AS root FROM category
        UNION ALL SELECT c.id, tree.root FROM category c JOIN tree ON c.parent_id = tree.id
      ) SELECT * FROM tree
    ),
    scalar AS (
      SELECT
        count(*) FILTER (WHERE ${allBut()}) AS total,
        count(*) FILTER (WHERE ${allBut("w")} AND c.when_any) AS when_any,
        count(*) FILTER (WHERE ${allBut("w")} AND c.when_today) AS when_today,
        count(*) FILTER (WHERE ${allBut("w")} AND c.when_weekend) AS when_weekend,
        count(*) FILTER (WHERE ${allBut("w")} AND c.when_holidays) AS when_holidays,
        count(*) FILTER (WHERE ${allBut("c")}) AS cost_any,
        count(*) FILTER (WHERE ${allBut("c")} AND c.cost_free) AS cost_free,
        count(*) FILTER (WHERE ${allBut("c")} AND c.cost_condition) AS cost_condition,
        count(*) FILTER (WHERE ${allBut()} AND c.send_friendly) AS send,
        count(*) FILTER (WHERE ${allBut()} AND c.quiet_sessions) AS quiet,
        count(*) FILTER (WHERE ${allBut()} AND c.alone_ok) AS alone
      FROM core c
    )
    SELECT 'scalar' AS facet, f.option, f.n::int AS n FROM scalar s, LATERAL (VALUES
      ('total', s.total), ('when-any', s.when_any), ('when-today', s.when_today), ('when-weekend', s.when_weekend),
      ('when-holidays', s.when_holidays), ('cost-any', s.cost_any), ('cost-free', s.cost_free),
      ('cost-condition', s.cost_condition), ('send', s.send), ('quiet', s.quiet), ('alone', s.alone)
    ) f(option, n)
    UNION ALL
    -- Districts and categories: with some ticked, the offers another one adds (outside the ticked ones).
    -- Every district and category gets a row (0 when nothing there), so "none" is said, not left out.
    SELECT 'district', dist.slug, coalesce(x.n, 0)::int
    FROM district dist LEFT JOIN (
      -- (Distinct pairs first, then plain counts: hashed, where count(DISTINCT) sorts every row.)
      SELECT pair.district_id, count(*) AS n FROM (
        SELECT DISTINCT c.id, v.district_id
        FROM core c JOIN offer_venue ov ON ov.offer_id = c.id
          JOIN venue v ON v.id = ov.venue_id AND v.status = 'APPROVED'
        WHERE ${allBut("d")} ${search.districtIds ? sql`AND NOT c.d` : Prisma.empty}
      ) pair GROUP BY pair.district_id
    ) x ON x.district_id = dist.id
    UNION ALL
    SELECT 'category', cat.slug, coalesce(x.n, 0)::int
    FROM category cat LEFT JOIN (
      SELECT pair.root, count(*) AS n FROM (
        SELECT DISTINCT c.id, t.root
        FROM core c JOIN offer_category oc ON oc.offer_id = c.id
          JOIN category_tree t ON t.id = oc.category_id
        WHERE ${allBut("k")} ${search.categoryIds ? sql`AND NOT c.k` : Prisma.empty}
      ) pair GROUP BY pair.root
    ) x ON x.root = cat.id
    UNION ALL
    -- Venue access: one venue must hold every feature ticked and the one added.
    SELECT 'venue-access', pair.feature::text, count(*)::int FROM (
      SELECT DISTINCT c.id, f.feature
      FROM core c JOIN offer_venue ov ON ov.offer_id = c.id
        JOIN venue v ON v.id = ov.venue_id AND v.status = 'APPROVED' AND ${venueAccessHeld}
        CROSS JOIN unnest(v.access_features) f(feature)
      WHERE ${allBut()}
    ) pair GROUP BY pair.feature`;
}
