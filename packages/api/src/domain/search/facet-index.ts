/**
 * The public offers' filter columns as sets of bits, held by each portal instance for the filter
 * counts (count-search-filters.ts).
 *
 * Why: counting every option of the search form (10 districts, 50 categories, 4 "when"s, 3
 * costs, 12 access features, "on my own") in SQL meant reading every matching offer with its
 * venues, categories and sessions for each search: 0.8 s for "everything" at 100 000 offers,
 * where the target is 50 ms. Here each option is a set of offer numbers, and a count is a pass
 * over 3 125 words per set (100 000 offers); a search page's 80 counts take about a millisecond.
 *
 * Never out of date: the index is built for one content version (the number every write to a
 * public table bumps at commit, see the migration content_version), and each count first reads
 * the version and rebuilds when it has moved, so the counts always describe what the search
 * reads. Concurrent counts share one rebuild. Sets that depend on the day ("today", "this
 * weekend", the school holidays) are worked out by the search's own session condition when first
 * asked for, once per day and version. The keyword stays in SQL (the search's own condition):
 * only the ids it matches come back.
 */
import type { Database } from "@free-city/db";
import { Prisma } from "@free-city/db";
import { readContentVersion } from "../listing/read-content-version.ts";
import { addTo, type Bitset, emptyBitset, fullBitset, has, union } from "./bitset.ts";
import {
  aggregateSettingsSql,
  blankSearch,
  conditions,
  hiddenOffersSql,
  publicVenueSql,
  type ResolvedSearch,
  searchSettingsSql,
} from "./search-sql.ts";

const sql = Prisma.sql;

export type FacetIndex = {
  version: string;
  /** Public offers' ids in order (binary collation): offer number i is ids[i]. */
  ids: string[];
  size: number;
  /** Ages (-1: no bound) and the age from which a child may come alone (-1: never alone). */
  minAge: Int16Array;
  maxAge: Int16Array;
  aloneFromAge: Int16Array;
  free: Bitset;
  freeWithCondition: Bitset;
  sendFriendly: Bitset;
  quietSessions: Bitset;
  /** District and category slugs by id. */
  districtSlugs: Map<string, string>;
  categorySlugs: Map<string, string>;
  /** Offers with a public venue (approved, of an organisation in good standing) in the district, by district id. */
  byDistrict: Map<string, Bitset>;
  /** Offers in the category or any of its sub-categories, by category id. */
  byCategoryTree: Map<string, Bitset>;
  /** Offers in the category itself, by category id (what the search's category ids match). */
  byCategory: Map<string, Bitset>;
  /** Offers with a public venue holding the access feature, by feature. */
  byVenueFeature: Map<string, Bitset>;
  /** Each offer's public venues' access features as bit masks (offers i: venueMasks[from[i]..from[i+1]]). */
  venueMaskFrom: Int32Array;
  venueMasks: Int32Array;
  /** The access features in bit order (bit k of a mask is features[k]). */
  features: string[];
  /** Offers with a session in a window (by the window's key), worked out when first asked for. */
  sessions: Map<string, Promise<Bitset>>;
  /** Offers a keyword matches, the most recent first (at most KEYWORDS_KEPT). */
  keywords: Map<string, Promise<Bitset>>;
  /** Offers at one venue holding all of a set of access features, by the set's bit mask (the latest VENUE_SETS_KEPT). */
  venueSets: Map<number, Bitset>;
  /** The offers in title order (then id), worked out when first asked for (see `titleOrder`). */
  byTitle: Promise<TitleOrder> | null;
  /** Sets worked out from the columns for a search (an age's offers, say), by key (see `derivedSet`). */
  derived: Map<string, Bitset>;
};

/** Offer numbers in title order (`order`), and each offer's place in it (`place[i]`). */
export type TitleOrder = { order: Int32Array; place: Int32Array };

/**
 * Keywords whose matches an index keeps. Matching a keyword means reading every matching offer's
 * row (13 000 for "football" at 100 000 offers: about 100 ms); a search page is counted as often
 * as it is shown, and a few hundred keywords make most searches.
 */
const KEYWORDS_KEPT = 500;

type IndexState = {
  index: FacetIndex | null;
  building: Promise<FacetIndex> | null;
  /** The version read in flight: concurrent counts (a search page's search and counts) share it. */
  reading: Promise<string> | null;
};
const states = new WeakMap<Database, IndexState>();

/** The index for the database's current content version (built or rebuilt when needed). */
export async function facetIndex(db: Database): Promise<FacetIndex> {
  let state = states.get(db);
  if (!state) {
    state = { index: null, building: null, reading: null };
    states.set(db, state);
  }
  const reader = state;
  reader.reading ??= readContentVersion(db).finally(() => {
    reader.reading = null;
  });
  const version = await reader.reading;
  if (state.index?.version === version) return state.index;
  const current = state;
  if (!current.building) {
    // The version is read before the data: a change committed in between makes the index newer
    // than its version says, and the next count rebuilds it; never older.
    current.building = buildFacetIndex(db, version)
      .then((index) => {
        current.index = index;
        return index;
      })
      .finally(() => {
        current.building = null;
      });
  }
  const building = current.building;
  // A big directory takes seconds to index: while it does, counts wait up to REBUILD_WAIT_MS and
  // then use the index of the version before, which differs only by the change just made.
  if (!current.index) return building;
  const previous = current.index;
  const waited = await Promise.race([building, sleep(REBUILD_WAIT_MS).then(() => null)]);
  return waited ?? previous;
}

/** How long a count waits for a rebuild before it answers from the previous version's index. */
const REBUILD_WAIT_MS = 1_000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());

type LoadedRow = {
  ids: string | null;
  ages: string | null;
  flags: string | null;
  venues: string | null;
  categories: string | null;
  features: string[];
  districts: string | null;
  category_tree: string | null;
};

/**
 * One statement: public offers numbered in id order, and each list the index needs as one text
 * value (comma-separated, in offer order), which node reads far faster than a million rows.
 */
async function buildFacetIndex(db: Database, version: string): Promise<FacetIndex> {
  const blank = blankSearch();
  const tsquery = sql`websearch_to_tsquery('english', '')`;
  // Its own time limits: at 1 000 000 offers the statement takes ~10 s, near the web apps'
  // statement timeout (15 s), which is right for a page but not for this.
  const [row] = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT set_config('statement_timeout', ${String(BUILD_TIMEOUT_MS)}, true)`;
      return tx.$queryRaw<[LoadedRow]>`
    WITH ${hiddenOffersSql},
    public_offer AS MATERIALIZED (
      SELECT o.id, (row_number() OVER (ORDER BY o.id COLLATE "C") - 1)::int AS i,
        o.min_age, o.max_age, o.alone_from_age, o.cost_type, o.send_friendly, o.quiet_sessions
      FROM offer o WHERE ${Prisma.join(conditions(blank, tsquery), " AND ")}
    ),
    feature AS (SELECT f, (row_number() OVER () - 1)::int AS bit FROM unnest(enum_range(NULL::"AccessFeature")) f),
    -- Materialised: each venue's mask is worked out once, not once per offer at it.
    public_venue AS MATERIALIZED (
      SELECT v.id, v.district_id,
        (SELECT coalesce(sum(1 << feature.bit), 0) FROM feature WHERE feature.f = ANY (v.access_features))::int AS mask
      FROM venue v WHERE ${publicVenueSql}
    )
    SELECT
      (SELECT string_agg(id, ',' ORDER BY i) FROM public_offer) AS ids,
      (SELECT string_agg(coalesce(min_age, -1) || ' ' || coalesce(max_age, -1) || ' ' || coalesce(alone_from_age, -1), ',' ORDER BY i) FROM public_offer) AS ages,
      (SELECT string_agg(((cost_type = 'FREE')::int + 2 * (cost_type = 'FREE_WITH_CONDITION')::int + 4 * send_friendly::int + 8 * quiet_sessions::int)::text, ',' ORDER BY i) FROM public_offer) AS flags,
      (SELECT string_agg(p.i || ' ' || v.district_id || ' ' || v.mask, ',' ORDER BY p.i)
        FROM public_offer p JOIN offer_venue ov ON ov.offer_id = p.id JOIN public_venue v ON v.id = ov.venue_id) AS venues,
      (SELECT string_agg(p.i || ' ' || oc.category_id, ',')
        FROM public_offer p JOIN offer_category oc ON oc.offer_id = p.id) AS categories,
      (SELECT array_agg(f::text ORDER BY bit) FROM feature) AS features,
      (SELECT string_agg(id || ' ' || slug, ',') FROM district) AS districts,
      (SELECT string_agg(id || ' ' || slug || ' ' || coalesce(parent_id, '-'), ',') FROM category) AS category_tree`;
    },
    { timeout: BUILD_TIMEOUT_MS },
  );
  return indexFromLoaded(version, row);
}

const list = (text: string | null | undefined) => (text ? text.split(",") : []);

function indexFromLoaded(version: string, row: LoadedRow | undefined): FacetIndex {
  const ids = list(row?.ids);
  const size = ids.length;
  const minAge = new Int16Array(size);
  const maxAge = new Int16Array(size);
  const aloneFromAge = new Int16Array(size);
  list(row?.ages).forEach((ages, i) => {
    const [min, max, alone] = ages.split(" ").map(Number);
    minAge[i] = min ?? -1;
    maxAge[i] = max ?? -1;
    aloneFromAge[i] = alone ?? -1;
  });
  const free = emptyBitset(size);
  const freeWithCondition = emptyBitset(size);
  const sendFriendly = emptyBitset(size);
  const quietSessions = emptyBitset(size);
  list(row?.flags).forEach((flags, i) => {
    const bits = Number(flags);
    if (bits & 1) addTo(free, i);
    if (bits & 2) addTo(freeWithCondition, i);
    if (bits & 4) addTo(sendFriendly, i);
    if (bits & 8) addTo(quietSessions, i);
  });

  const features = row?.features ?? [];
  const districts = list(row?.districts).map((pair) => pair.split(" ") as [string, string]);
  const byDistrict = new Map(districts.map(([id]) => [id, emptyBitset(size)]));
  const byVenueFeature = new Map(features.map((feature) => [feature, emptyBitset(size)]));
  // Venue masks grouped by offer (the list comes in offer order).
  const venueRows = list(row?.venues).map((pair) => pair.split(" "));
  const venueMaskFrom = new Int32Array(size + 1);
  const venueMasks = new Int32Array(venueRows.length);
  venueRows.forEach(([offer, districtId, mask], k) => {
    const i = Number(offer);
    const bits = Number(mask);
    venueMasks[k] = bits;
    venueMaskFrom[i + 1] = k + 1;
    const inDistrict = byDistrict.get(districtId ?? "");
    if (inDistrict) addTo(inDistrict, i);
    features.forEach((feature, bit) => {
      if (bits & (1 << bit)) addTo(byVenueFeature.get(feature) as Bitset, i);
    });
  });
  // Offers with no venue start where the one before ended.
  for (let i = 1; i <= size; i++) venueMaskFrom[i] = Math.max(venueMaskFrom[i] ?? 0, venueMaskFrom[i - 1] ?? 0);

  const tree = list(row?.category_tree).map((pair) => {
    const [id, slug, parent] = pair.split(" ");
    return { id: id ?? "", slug: slug ?? "", parentId: parent === "-" ? null : (parent ?? null) };
  });
  const byCategory = new Map(tree.map((c) => [c.id, emptyBitset(size)]));
  for (const pair of list(row?.categories)) {
    const [offer, categoryId] = pair.split(" ");
    const inCategory = byCategory.get(categoryId ?? "");
    if (inCategory) addTo(inCategory, Number(offer));
  }
  const descendants = (id: string): string[] => [
    id,
    ...tree.filter((c) => c.parentId === id).flatMap((c) => descendants(c.id)),
  ];
  const byCategoryTree = new Map(
    tree.map((c) => [
      c.id,
      union(
        descendants(c.id).map((d) => byCategory.get(d) as Bitset),
        size,
      ),
    ]),
  );

  return {
    version,
    ids,
    size,
    minAge,
    maxAge,
    aloneFromAge,
    free,
    freeWithCondition,
    sendFriendly,
    quietSessions,
    districtSlugs: new Map(districts),
    categorySlugs: new Map(tree.map((c) => [c.id, c.slug])),
    byDistrict,
    byCategoryTree,
    byCategory,
    byVenueFeature,
    venueMaskFrom,
    venueMasks,
    features,
    sessions: new Map(),
    keywords: new Map(),
    venueSets: new Map(),
    byTitle: null,
    derived: new Map(),
  };
}

/** The offers (as a set) that a part of a search matches, by the search's own conditions. */
export async function matchingSet(db: Database, index: FacetIndex, part: Partial<ResolvedSearch>): Promise<Bitset> {
  const search = { ...blankSearch(part.today), ...part };
  const tsquery = sql`websearch_to_tsquery('english', unaccent(${search.keyword ?? ""}))`;
  // An interactive transaction for its time limit: at 1 000 000 offers the school holidays'
  // sessions take seconds to find, longer than a batch transaction's 5 s.
  const rows = await db.$transaction(
    async (tx) => {
      await tx.$queryRaw(searchSettingsSql);
      return tx.$queryRaw<[{ ids: string | null }]>`
        WITH ${hiddenOffersSql}
        SELECT string_agg(o.id, ',') AS ids FROM offer o WHERE ${Prisma.join(conditions(search, tsquery), " AND ")}`;
    },
    { timeout: MATCHING_SET_TIMEOUT_MS },
  );
  const set = emptyBitset(index.size);
  for (const id of list(rows[0]?.ids)) {
    const i = offerNumber(index, id);
    // An offer made public after the index was built is not counted until the next version's index.
    if (i >= 0) addTo(set, i);
  }
  return set;
}

/** How long building the index may take (~17 s at 1 000 000 offers, with parsing). */
const BUILD_TIMEOUT_MS = 120_000;

/** How long finding one set (a keyword's matches, a window's sessions) may take. */
const MATCHING_SET_TIMEOUT_MS = 60_000;

/** Offers with a session the search's "when" allows (every offer when it sets none). */
export function sessionSet(
  db: Database,
  index: FacetIndex,
  search: Pick<ResolvedSearch, "today" | "window" | "weekdays" | "afterSchool">,
): Promise<Bitset> {
  if (search.weekdays === null) return Promise.resolve(fullBitset(index.size));
  const key = JSON.stringify([search.today, search.window, search.weekdays, search.afterSchool]);
  let set = index.sessions.get(key);
  if (!set) {
    // Only the session fields: the search's other filters are sets of their own.
    const { today, window, weekdays, afterSchool } = search;
    set = matchingSet(db, index, { today, window, weekdays, afterSchool });
    index.sessions.set(key, set);
    // A failed look-up is not kept: the next count asks again.
    set.catch(() => index.sessions.delete(key));
  }
  return set;
}

/** Offers the keyword matches (by the search's own keyword condition). */
export function keywordSet(
  db: Database,
  index: FacetIndex,
  today: string,
  keyword: string,
  typos?: boolean,
): Promise<Bitset> {
  const key = JSON.stringify([keyword, typos ?? null]);
  let set = index.keywords.get(key);
  if (set) {
    // Most recently used last: the first key is the one to drop.
    index.keywords.delete(key);
  } else {
    set = matchingSet(db, index, { today, keyword, typos });
    set.catch(() => index.keywords.delete(key));
    if (index.keywords.size >= KEYWORDS_KEPT) index.keywords.delete(index.keywords.keys().next().value as string);
  }
  index.keywords.set(key, set);
  return set;
}

/**
 * The index's offers in title order (then id, so ties are stable), read once per version when a
 * page first lists offers by title (the district page): the ids in order, from one sort of the
 * live offers' titles in the database (its collation, as an ORDER BY title would give).
 */
export function titleOrder(db: Database, index: FacetIndex): Promise<TitleOrder> {
  if (!index.byTitle) {
    const reading = db.$transaction(
      async (tx) => {
        await tx.$queryRaw(aggregateSettingsSql);
        return tx.$queryRaw<[{ ids: string | null }]>`
          SELECT string_agg(o.id, ',' ORDER BY o.title, o.id) AS ids FROM offer o WHERE o.status = 'LIVE'`;
      },
      { timeout: MATCHING_SET_TIMEOUT_MS },
    );
    index.byTitle = reading.then(([row]) => {
      const order = new Int32Array(index.size);
      // -1: no longer live (the index is older than this read), never listed.
      const place = new Int32Array(index.size).fill(-1);
      let n = 0;
      for (const id of list(row?.ids)) {
        // Live offers the index leaves out (their organisation is suspended) have no number.
        const i = offerNumber(index, id);
        if (i < 0) continue;
        order[n] = i;
        place[i] = n++;
      }
      return { order: order.subarray(0, n), place };
    });
    index.byTitle.catch(() => {
      index.byTitle = null;
    });
  }
  return index.byTitle;
}

/**
 * The first `n` offers of `set` (which holds `count`) in title order, as offer numbers. A set that
 * holds a good share of the offers meets `n` of them early in a walk along the title order; a
 * small one is listed and sorted by place instead of walking past every offer.
 */
export function firstByTitle(set: Bitset, count: number, titles: TitleOrder, n: number): number[] {
  const first: number[] = [];
  if (count * SPARSE_SET_SHARE < titles.order.length) {
    for (let w = 0; w < set.length; w++) {
      for (let word = set[w] ?? 0; word !== 0; word &= word - 1) {
        const i = w * 32 + (31 - Math.clz32(word & -word));
        if ((titles.place[i] ?? -1) >= 0) first.push(i);
      }
    }
    return first.sort((a, b) => (titles.place[a] ?? 0) - (titles.place[b] ?? 0)).slice(0, n);
  }
  for (let k = 0; k < titles.order.length && first.length < n; k++) {
    const i = titles.order[k] ?? 0;
    if (has(set, i)) first.push(i);
  }
  return first;
}

/** Below one offer in this many, a set's offers are sorted by title rather than found by walking the order. */
const SPARSE_SET_SHARE = 64;

/** Offer number of an id (binary search over the ids in binary order), or -1. */
function offerNumber(index: FacetIndex, id: string): number {
  let low = 0;
  let high = index.size - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = index.ids[mid] as string;
    if (at === id) return mid;
    if (at < id) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Offers at one venue holding all of `features` (plus `plus`, if given). */
export function venueHolding(index: FacetIndex, features: string[], plus?: string): Bitset {
  const mask = [...features, ...(plus ? [plus] : [])].reduce((m, f) => m | (1 << index.features.indexOf(f)), 0);
  // Worked out once per version: a search with a feature ticked asks for it with each of the
  // others too (12 passes over every offer's venues: ~8 ms at 100 000 offers).
  const kept = index.venueSets.get(mask);
  if (kept) return kept;
  const set = emptyBitset(index.size);
  for (let i = 0; i < index.size; i++) {
    for (let k = index.venueMaskFrom[i] ?? 0; k < (index.venueMaskFrom[i + 1] ?? 0); k++) {
      if (((index.venueMasks[k] ?? 0) & mask) === mask) {
        addTo(set, i);
        break;
      }
    }
  }
  if (index.venueSets.size >= VENUE_SETS_KEPT) index.venueSets.delete(index.venueSets.keys().next().value as number);
  index.venueSets.set(mask, set);
  return set;
}

/** Sets of venue features an index keeps (each is one bit per offer). */
const VENUE_SETS_KEPT = 64;

/**
 * A set worked out from the index's columns, once per version: each is a pass over every offer
 * (a million at the largest size measured: ~10 ms), asked for by every search and count with, say,
 * an age. The latest DERIVED_SETS_KEPT are kept.
 */
export function derivedSet(index: FacetIndex, key: string, make: () => Bitset): Bitset {
  const kept = index.derived.get(key);
  if (kept) return kept;
  const set = make();
  if (index.derived.size >= DERIVED_SETS_KEPT) index.derived.delete(index.derived.keys().next().value as string);
  index.derived.set(key, set);
  return set;
}

const DERIVED_SETS_KEPT = 64;
