/**
 * How many results each filter option of the portal search would give, together with the
 * other filters as they are (GOV.UK finder style: "Ladywood (12)"). Options that give nothing
 * get 0, so the page can say so instead of hiding them.
 *
 * Counted over the facet index (facet-index.ts): each filter group of the search as a set of
 * offers (districts, categories, sessions, cost, access, "on my own"), each option as a set, and
 * each count the size of an intersection. The sets come from the same rules as the search: the
 * keyword and the sessions by the search's own conditions (search-sql.ts), the rest from the
 * same columns and joins, so a count equals the search's number of results with that option.
 *
 * "Would give" means: the results with this option ticked and everything else unchanged. Ticking
 * another district or category widens (either one), ticking an access feature or "on my own"
 * narrows (all of them), picking a "when" or "cost" radio replaces. An option already ticked
 * gives what the search gives now.
 */
import { type Database, todayInCity } from "@free-city/db";
import {
  type OfferSearchInput,
  SEARCH_ACCESS,
  SEARCH_VENUE_ACCESS,
  type SearchAccess,
  type SearchVenueAccess,
} from "@free-city/schemas";
import { type Bitset, countAll, difference, intersection } from "./bitset.ts";
import { facetIndex, sessionSet, venueHolding } from "./facet-index.ts";
import { lookUpNames, resolveSearch } from "./search-offers.ts";
import { aloneSet, costSet, none, setsOf, sqlSetsOf } from "./search-sets.ts";

type WhenOption = "any" | "today" | "weekend" | "holidays";
type CostOption = "any" | "free" | "condition";

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

/** The filter counts for a search (the same input the search takes). */
export async function countSearchFilters(
  db: Database,
  input: OfferSearchInput,
  now: Date = new Date(),
): Promise<SearchFilterCounts> {
  const today = todayInCity(now);
  // The holiday is looked up even when not asked for: the "School holidays" option needs its dates.
  const [names, index] = await Promise.all([lookUpNames(db, input, today, true), facetIndex(db)]);
  const resolve = (change: Partial<OfferSearchInput>) => resolveSearch({ ...input, ...change }, names, today);
  const { search, appliedFilters: applied } = resolve({});
  const sessionsOf = (when: OfferSearchInput["when"]) => sessionSet(db, index, resolve({ when }).search);

  const [{ keyword, when }, whenAny, whenToday, whenWeekend, whenHolidays] = await Promise.all([
    sqlSetsOf(db, index, search),
    sessionsOf(undefined),
    sessionsOf("today"),
    sessionsOf("weekend"),
    sessionsOf("holidays"),
  ]);
  const size = index.size;
  const { core, groups } = setsOf(index, search, { keyword, when });
  const costOf = (cost: OfferSearchInput["cost"]) => costSet(index, resolve({ cost }).search.cost);
  const aloneOk = aloneSet(index, search.age);
  type Group = keyof typeof groups;
  /**
   * The core and every group but the ones named: what an option of those groups is counted
   * within, intersected once, so each of the group's options is a count over two sets (not over
   * every group again: 80 options × 7 sets of 31 250 words at 1 000 000 offers).
   */
  const allBut = (...left: Group[]): Bitset =>
    intersection(
      [
        core,
        ...(Object.keys(groups) as Group[]).flatMap((g) => {
          const set = groups[g];
          return set && !left.includes(g) ? [set] : [];
        }),
      ],
      size,
    );
  const count = (within: Bitset, ...option: Bitset[]) => countAll(within, ...option);
  const everyGroup = allBut();
  const total = count(everyGroup);

  // A ticked district or category already gives the total; another one adds its own offers
  // that the ticked ones do not hold.
  const widening = (
    group: "district" | "category",
    sets: Map<string, Bitset>,
    slugs: Map<string, string>,
    chosen: string[],
  ) => {
    const ticked = groups[group];
    const within = allBut(group);
    const counts: Record<string, number> = {};
    for (const [id, set] of sets) {
      const slug = slugs.get(id);
      if (slug === undefined) continue;
      counts[slug] = ticked ? total + count(within, difference(set, ticked)) : count(within, set);
    }
    for (const slug of chosen) counts[slug] = total;
    return counts;
  };

  const access = Object.fromEntries(
    SEARCH_ACCESS.map((option) => {
      if (applied.access.includes(option)) return [option, total];
      if (option === "send") return [option, count(everyGroup, index.sendFriendly)];
      if (option === "quiet") return [option, count(everyGroup, index.quietSessions)];
      const feature = SEARCH_VENUE_ACCESS[option as SearchVenueAccess];
      // With features ticked, one venue must hold them all and this one too.
      const holding =
        search.venueAccess.length > 0
          ? venueHolding(index, search.venueAccess, feature)
          : (index.byVenueFeature.get(feature) ?? none(size));
      return [option, count(everyGroup, holding)];
    }),
  ) as Record<SearchAccess, number>;

  const withoutWhen = allBut("when");
  const withoutCost = allBut("cost");
  const isDate = applied.when !== undefined && /^\d{4}-/.test(applied.when);
  return {
    total,
    district: widening("district", index.byDistrict, index.districtSlugs, applied.district),
    category: widening("category", index.byCategoryTree, index.categorySlugs, applied.category),
    when: {
      any: count(withoutWhen, whenAny),
      today: count(withoutWhen, whenToday),
      weekend: count(withoutWhen, whenWeekend),
      holidays: count(withoutWhen, whenHolidays),
      date: isDate ? total : null,
    },
    cost: {
      any: count(withoutCost),
      free: count(withoutCost, costOf("free")),
      condition: count(withoutCost, costOf("condition")),
    },
    access,
    alone: applied.alone ? total : count(everyGroup, aloneOk),
  };
}
