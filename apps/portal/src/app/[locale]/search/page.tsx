import type { OfferSearchResult, SearchOptions } from "@free-city/api";
import { todayInCity } from "@free-city/db";
import type { OfferSearchInput, SearchParamsRecord } from "@free-city/schemas";
import { dayName, shortDateWords } from "@free-city/words";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { type FilterChip, SearchFilters } from "~/components/search/search-filters";
import { SearchResults } from "~/components/search/search-results";
import { parseOfferSearchParams, withChange } from "~/components/search/search-url";
import { City } from "~/components/text/marked";
import { getI18n, type I18n } from "~/i18n/server";
import { api } from "~/server/api";
import { publicData } from "~/server/public-data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParamsRecord> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { t } = await getI18n(params);
  const { q } = parseOfferSearchParams(await searchParams);
  // Searches are for people, not for search engines: every filter combination is a new URL.
  return { title: q ? t("search.titleFor", { q }) : t("search.title"), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const i18n = await getI18n(params);
  const { t, href } = i18n;
  const raw = await searchParams;
  const trpc = api();
  const [result, options, counts] = await Promise.all([
    trpc.search.offers(raw),
    publicData.searchOptions(),
    trpc.search.filterCounts(raw),
  ]);
  const state = result.appliedFilters;
  const base = href("/search");
  const today = todayInCity();
  const chips = filterChips(state, result, options, i18n);

  return (
    <>
      <h1>{state.q ? t("search.titleFor", { q: state.q }) : t("search.title")}</h1>
      <form className="search-form" action={base} method="get" role="search" aria-label={t("search.title")}>
        <div className="search-box">
          <label htmlFor="q">{t("search.keywordLabel")}</label>
          <div className="search-box__row">
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={state.q ?? ""}
              autoComplete="off"
              enterKeyHint="search"
            />
            <button type="submit" className="button">
              {t("search.searchButton")}
            </button>
          </div>
        </div>
        {state.sort !== "relevance" ? <input type="hidden" name="sort" value={state.sort} /> : null}
        {state.near ? <input type="hidden" name="near" value={`${state.near.lat},${state.near.lng}`} /> : null}

        <div className="search-layout">
          <SearchFilters state={state} options={options} counts={counts} chips={chips} today={today} i18n={i18n} />
          <SearchResults state={state} result={result} filtered={chips.length > 0} today={today} i18n={i18n} />
        </div>
      </form>
    </>
  );
}

type Chip = FilterChip;

/** One removable chip per applied filter value; each links to the search without it. */
function filterChips(
  state: OfferSearchInput,
  result: OfferSearchResult,
  options: SearchOptions,
  { t, locale, city }: I18n,
): Chip[] {
  const chips: Chip[] = [];
  const cityLabel = (english: string) => <City value={city.text(english)} />;
  const add = (key: string, label: ReactNode, change: Partial<OfferSearchInput>) =>
    chips.push({ key, label, without: withChange(state, change) });
  const categoryNames = new Map(
    options.categories.flatMap((c) => [
      [c.slug, c.name] as const,
      ...c.children.map((child) => [child.slug, child.name] as const),
    ]),
  );
  for (const slug of state.district)
    add(`district-${slug}`, cityLabel(result.labels.district[slug] ?? slug), {
      district: state.district.filter((s) => s !== slug),
    });
  if (state.postcode)
    add("postcode", state.postcode, {
      postcode: undefined,
      sort: state.sort === "nearest" && !state.near ? "relevance" : state.sort,
    });
  if (state.near)
    add("near", t("search.chipNearMe"), {
      near: undefined,
      sort: state.sort === "nearest" && !state.postcode ? "relevance" : state.sort,
    });
  for (const slug of state.category)
    add(`category-${slug}`, cityLabel(categoryNames.get(slug) ?? result.labels.category[slug] ?? slug), {
      category: state.category.filter((s) => s !== slug),
    });
  if (state.age !== undefined) add("age", t("search.chipAge", { age: state.age }), { age: undefined });
  if (state.alone) add("alone", t("search.alone"), { alone: false });
  if (state.when === "today") add("when", t("search.whenToday"), { when: undefined });
  else if (state.when === "weekend") add("when", t("search.whenWeekend"), { when: undefined });
  else if (state.when === "holidays")
    add("when", result.labels.holiday ? cityLabel(result.labels.holiday.name) : t("search.whenHolidays"), {
      when: undefined,
    });
  else if (state.when) add("when", shortDateWords(state.when, locale), { when: undefined });
  for (const day of state.day) add(`day-${day}`, dayName(day, locale), { day: state.day.filter((d) => d !== day) });
  if (state.afterSchool) add("afterSchool", t("search.afterSchool"), { afterSchool: false });
  if (state.cost)
    add("cost", t(state.cost === "free" ? "search.costFree" : "search.costCondition"), { cost: undefined });
  for (const access of state.access)
    add(`access-${access}`, t(`search.access.${access}`), { access: state.access.filter((a) => a !== access) });
  return chips;
}
