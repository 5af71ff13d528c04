/**
 * A resolved search as sets of the facet index (facet-index.ts): the part no filter option
 * changes (keyword, age) and each filter group as the search has it. The filter counts intersect
 * them option by option; the search takes its number of results from them.
 */
import type { Database } from "@free-city/db";
import { addTo, type Bitset, countAll, fullBitset, intersection, union } from "./bitset.ts";
import { derivedSet, type FacetIndex, keywordSet, sessionSet, venueHolding } from "./facet-index.ts";
import type { ResolvedSearch } from "./search-sql.ts";

/** The sets only SQL can give (the keyword's matches, the sessions in the window). */
export type SqlSets = { keyword: Bitset | null; when: Bitset };

export async function sqlSetsOf(db: Database, index: FacetIndex, search: ResolvedSearch): Promise<SqlSets> {
  const [keyword, when] = await Promise.all([
    search.keyword === null ? null : keywordSet(db, index, search.today, search.keyword, search.typos),
    sessionSet(db, index, search),
  ]);
  return { keyword, when };
}

/** The core (keyword and age) and each filter group (null: not set, so it keeps every offer). */
export function setsOf(index: FacetIndex, search: ResolvedSearch, sqlSets: SqlSets) {
  const size = index.size;
  const core = intersection(
    [...(sqlSets.keyword ? [sqlSets.keyword] : []), ...(search.age === null ? [] : [ofAge(index, search.age)])],
    size,
  );
  const groups = {
    district: search.districtIds
      ? union(
          search.districtIds.map((id) => index.byDistrict.get(id) ?? none(size)),
          size,
        )
      : null,
    category: search.categoryIds
      ? union(
          search.categoryIds.map((id) => index.byCategory.get(id) ?? none(size)),
          size,
        )
      : null,
    when: search.weekdays === null ? null : sqlSets.when,
    cost: search.cost === null ? null : costSet(index, search.cost),
    access: accessSet(index, search),
    alone: search.alone ? aloneSet(index, search.age) : null,
  };
  return { core, groups };
}

/**
 * The public offers a search matches, from the facet index: how many (exactly, so the search
 * statement need not count: at 100 000 offers, counting the matches of a session filter up to
 * 1 001 read ~40 000 buffers), and their ids when there are at most `idsUpTo`.
 */
export async function searchMatches(
  db: Database,
  index: FacetIndex,
  search: ResolvedSearch,
  idsUpTo = 0,
): Promise<{ count: number; ids: string[] | null }> {
  const { core, groups } = setsOf(index, search, await sqlSetsOf(db, index, search));
  const sets = Object.values(groups).filter((set): set is Bitset => set !== null);
  const count = countAll(core, ...sets);
  if (count > idsUpTo) return { count, ids: null };
  const matched = intersection([core, ...sets], index.size);
  const ids: string[] = [];
  for (let w = 0; w < matched.length; w++) {
    for (let word = matched[w] ?? 0; word !== 0; word &= word - 1) {
      ids.push(index.ids[w * 32 + (31 - Math.clz32(word & -word))] as string);
    }
  }
  return { count, ids };
}

export const none = (size: number): Bitset => new Uint32Array(Math.ceil(size / 32));

/** "I am N": the offer's age range includes N (a missing bound is open). */
function ofAge(index: FacetIndex, age: number): Bitset {
  return derivedSet(index, `age ${age}`, () => {
    const set = none(index.size);
    for (let i = 0; i < index.size; i++) {
      const min = index.minAge[i] ?? -1;
      const max = index.maxAge[i] ?? -1;
      if ((min < 0 || min <= age) && (max < 0 || max >= age)) addTo(set, i);
    }
    return set;
  });
}

/** "Can go on my own": from the child's age, or at any age when no age is given. */
export function aloneSet(index: FacetIndex, age: number | null): Bitset {
  return derivedSet(index, `alone ${age ?? "any"}`, () => {
    const set = none(index.size);
    for (let i = 0; i < index.size; i++) {
      const from = index.aloneFromAge[i] ?? -1;
      if (from >= 0 && (age === null || from <= age)) addTo(set, i);
    }
    return set;
  });
}

export function costSet(index: FacetIndex, cost: ResolvedSearch["cost"]): Bitset {
  if (cost === "FREE") return index.free;
  if (cost === "FREE_WITH_CONDITION") return index.freeWithCondition;
  return fullBitset(index.size);
}

/** The access group: SEND-friendly, quiet sessions, and one venue holding every feature ticked. */
function accessSet(index: FacetIndex, search: ResolvedSearch): Bitset | null {
  const sets = [
    ...(search.sendFriendly ? [index.sendFriendly] : []),
    ...(search.quietSessions ? [index.quietSessions] : []),
    ...(search.venueAccess.length > 0 ? [venueHolding(index, search.venueAccess)] : []),
  ];
  return sets.length > 0 ? intersection(sets, index.size) : null;
}
