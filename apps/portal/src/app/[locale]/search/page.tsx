import type { OfferSearchResult, SearchOptions } from "@free-city/api";
import { todayInCity } from "@free-city/db";
import { type OfferSearchInput, SEARCH_ACCESS, type SearchParamsRecord } from "@free-city/schemas";
import { dayName, shortDateWords } from "@free-city/words";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { FilterToggle } from "~/components/search/filter-toggle";
import { NearMeButton } from "~/components/search/near-me-button";
import { ResultCard } from "~/components/search/result-card";
import { parseOfferSearchParams, searchHref, withChange } from "~/components/search/search-url";
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

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export default async function SearchPage({ params, searchParams }: Props) {
  const i18n = await getI18n(params);
  const { t, href, formatNumber } = i18n;
  const raw = await searchParams;
  const trpc = api();
  const [result, options, counts] = await Promise.all([
    trpc.search.offers(raw),
    publicData.searchOptions(),
    trpc.search.filterCounts(raw),
  ]);
  /** "(12)" after an option: the results it would give with the other filters as they are. */
  const count = (n: number | null | undefined) => (n === null ? null : <OptionCount n={n ?? 0} i18n={i18n} />);
  const state = result.appliedFilters;
  const base = href("/search");
  const today = todayInCity();
  const chips = filterChips(state, result, options, i18n);
  const hasPlace = state.near !== undefined || state.postcode !== undefined;
  const isDate = state.when !== undefined && /^\d{4}-/.test(state.when);

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
          <aside className="filters" aria-labelledby="filters-title" data-filters>
            <div className="filters__head">
              <h2 id="filters-title">{t("search.filtersTitle")}</h2>
              <FilterToggle show={t("search.showFilters")} hide={t("search.hideFilters")} />
            </div>
            {chips.length > 0 ? (
              <div className="chips">
                <h3>{t("search.selectedFilters")}</h3>
                <ul>
                  {chips.map((chip) => (
                    <li key={chip.key}>
                      <Link className="chip" href={searchHref(base, chip.without)}>
                        <span className="visually-hidden">{t("search.removeFilter")} </span>
                        {chip.label}
                        <span aria-hidden="true" className="chip__x">
                          ×
                        </span>
                      </Link>
                    </li>
                  ))}
                </ul>
                <p>
                  <Link href={searchHref(base, { q: state.q, sort: state.sort })}>{t("search.clearAll")}</Link>
                </p>
              </div>
            ) : null}
            <div className="filters__body" id="filters-body">
              <button type="submit" className="button">
                {t("search.applyFilters")}
              </button>

              <fieldset>
                <legend>{t("search.placeLegend")}</legend>
                <label htmlFor="postcode">{t("search.postcodeLabel")}</label>
                <p className="hint" id="postcode-hint">
                  {t("search.postcodeHint")}
                </p>
                <input
                  id="postcode"
                  name="postcode"
                  className="input--short"
                  defaultValue={state.postcode ?? ""}
                  aria-describedby="postcode-hint"
                  autoComplete="off"
                />
                <div className="checkboxes checkboxes--two">
                  {options.districts.map((district) => (
                    <Checkbox
                      key={district.slug}
                      name="district"
                      value={district.slug}
                      checked={state.district.includes(district.slug)}
                      label={<City value={i18n.city.text(district.name)} />}
                      count={count(counts.district[district.slug])}
                    />
                  ))}
                </div>
              </fieldset>

              <fieldset>
                <legend>{t("search.categoryLegend")}</legend>
                <div className="checkboxes">
                  {options.categories.map((category) => {
                    const open =
                      state.category.includes(category.slug) ||
                      category.children.some((child) => state.category.includes(child.slug));
                    return (
                      <div key={category.slug}>
                        <Checkbox
                          name="category"
                          value={category.slug}
                          checked={state.category.includes(category.slug)}
                          label={<City value={i18n.city.text(category.name)} />}
                          count={count(counts.category[category.slug])}
                        />
                        {/* Sub-categories appear once their parent is picked, so the list stays short. */}
                        {open && category.children.length > 0 ? (
                          <div className="checkboxes checkboxes--nested">
                            {category.children.map((child) => (
                              <Checkbox
                                key={child.slug}
                                name="category"
                                value={child.slug}
                                checked={state.category.includes(child.slug)}
                                label={<City value={i18n.city.text(child.name)} />}
                                count={count(counts.category[child.slug])}
                              />
                            ))}
                          </div>
                        ) : null}
                      </div>
                    );
                  })}
                </div>
              </fieldset>

              <fieldset>
                <legend>{t("search.aboutYouLegend")}</legend>
                <label htmlFor="age">{t("search.ageLabel")}</label>
                <input
                  id="age"
                  name="age"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={25}
                  className="input--short"
                  defaultValue={state.age ?? ""}
                />
                <Checkbox
                  name="alone"
                  value="true"
                  checked={state.alone}
                  label={t("search.alone")}
                  count={count(counts.alone)}
                />
              </fieldset>

              <fieldset>
                <legend>{t("search.whenLegend")}</legend>
                <div className="radios">
                  <Radio
                    name="when"
                    value=""
                    checked={state.when === undefined}
                    label={t("search.whenAny")}
                    count={count(counts.when.any)}
                  />
                  <Radio
                    name="when"
                    value="today"
                    checked={state.when === "today"}
                    label={t("search.whenToday")}
                    count={count(counts.when.today)}
                  />
                  <Radio
                    name="when"
                    value="weekend"
                    checked={state.when === "weekend"}
                    label={t("search.whenWeekend")}
                    count={count(counts.when.weekend)}
                  />
                  <Radio
                    name="when"
                    value="holidays"
                    checked={state.when === "holidays"}
                    label={t("search.whenHolidays")}
                    count={count(counts.when.holidays)}
                  />
                  <Radio
                    name="when"
                    value="date"
                    checked={isDate}
                    label={t("search.whenDate")}
                    count={count(counts.when.date)}
                  />
                  <label htmlFor="date" className="visually-hidden">
                    {t("search.dateLabel")}
                  </label>
                  <input
                    id="date"
                    name="date"
                    type="date"
                    className="input--date"
                    min={today}
                    defaultValue={isDate ? state.when : ""}
                  />
                </div>
                <div className="checkboxes checkboxes--days">
                  {DAYS.map((day) => (
                    <Checkbox
                      key={day}
                      name="day"
                      value={String(day)}
                      checked={state.day.includes(day)}
                      label={dayName(day, i18n.locale)}
                    />
                  ))}
                </div>
                <Checkbox name="afterSchool" value="true" checked={state.afterSchool} label={t("search.afterSchool")} />
              </fieldset>

              <fieldset>
                <legend>{t("search.costLegend")}</legend>
                <div className="radios">
                  <Radio
                    name="cost"
                    value=""
                    checked={state.cost === undefined}
                    label={t("search.costAny")}
                    count={count(counts.cost.any)}
                  />
                  <Radio
                    name="cost"
                    value="free"
                    checked={state.cost === "free"}
                    label={t("search.costFree")}
                    count={count(counts.cost.free)}
                  />
                  <Radio
                    name="cost"
                    value="condition"
                    checked={state.cost === "condition"}
                    label={t("search.costCondition")}
                    count={count(counts.cost.condition)}
                  />
                </div>
              </fieldset>

              <fieldset>
                <legend>{t("search.accessLegend")}</legend>
                <div className="checkboxes">
                  {SEARCH_ACCESS.map((access) => (
                    <Checkbox
                      key={access}
                      name="access"
                      value={access}
                      checked={state.access.includes(access)}
                      label={t(`search.access.${access}`)}
                      count={count(counts.access[access])}
                    />
                  ))}
                </div>
              </fieldset>

              <button type="submit" className="button">
                {t("search.applyFilters")}
              </button>
            </div>
          </aside>

          <section className="results" aria-labelledby="results-title">
            <h2 id="results-title" className="results__count">
              {/* A search matching most offers counts only so far: "1,000+" (see COUNT_AHEAD). */}
              {t("search.resultCount", {
                count: result.total,
                n: `${formatNumber(result.total)}${result.totalIsAtLeast ? "+" : ""}`,
              })}
            </h2>
            <div className="results__tools">
              <NearMeButton
                searchPath={base}
                labels={{ button: t("nearMe.button"), finding: t("nearMe.finding"), failed: t("nearMe.failed") }}
              />
              <nav aria-label={t("search.sortLabel")} className="sort">
                <span aria-hidden="true">{t("search.sortLabel")}:</span>
                <ul>
                  {(["relevance", "soonest", "nearest"] as const).map((sort) => {
                    const usable = sort === "relevance" ? state.q !== undefined : sort === "nearest" ? hasPlace : true;
                    if (!usable) return null;
                    return (
                      <li key={sort}>
                        <Link
                          href={searchHref(base, withChange(state, { sort }))}
                          aria-current={state.sort === sort ? "true" : undefined}
                        >
                          {t(`search.sort.${sort}`)}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </nav>
            </div>
            {!hasPlace ? <p className="hint">{t("nearMe.note")}</p> : <p className="hint">{t("nearMe.kept")}</p>}

            {result.items.length > 0 ? (
              <ol className="offer-cards results__list" start={(result.page - 1) * result.perPage + 1}>
                {result.items.map((item, index) => (
                  <ResultCard key={item.id} item={item} i18n={i18n} today={today} eager={index === 0} />
                ))}
              </ol>
            ) : (
              <div className="empty">
                <p>{t("search.emptyTitle")}</p>
                <ul>
                  <li>{t("search.emptySpelling")}</li>
                  {chips.length > 0 ? (
                    <li>
                      <Link href={searchHref(base, { q: state.q })}>{t("search.emptyClear")}</Link>
                    </li>
                  ) : null}
                  <li>
                    <Link href={href("/suggest")}>{t("search.emptySuggest")}</Link>
                  </li>
                </ul>
              </div>
            )}

            {result.totalPages > 1 ? (
              <nav className="pagination" aria-label={t("search.pagesLabel")}>
                {result.page > 1 ? (
                  <Link rel="prev" href={searchHref(base, { ...state, page: result.page - 1 })}>
                    {t("search.previous")}
                  </Link>
                ) : null}
                <span>
                  {t("search.pageOf", {
                    page: formatNumber(result.page),
                    pages: `${formatNumber(result.totalPages)}${result.totalIsAtLeast ? "+" : ""}`,
                  })}
                </span>
                {result.page < result.totalPages ? (
                  <Link rel="next" href={searchHref(base, { ...state, page: result.page + 1 })}>
                    {t("search.next")}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </section>
        </div>
      </form>
    </>
  );
}

type OptionProps = { name: string; value: string; checked: boolean; label: ReactNode; count?: ReactNode };

function Checkbox({ name, value, checked, label, count }: OptionProps) {
  const id = `${name}-${value}`;
  return (
    <div className="checkbox">
      <input type="checkbox" id={id} name={name} value={value} defaultChecked={checked} />
      <label htmlFor={id}>
        {label}
        {count}
      </label>
    </div>
  );
}

function Radio({ name, value, checked, label, count }: OptionProps) {
  const id = `${name}-${value || "any"}`;
  return (
    <div className="radio">
      <input type="radio" id={id} name={name} value={value} defaultChecked={checked} />
      <label htmlFor={id}>
        {label}
        {count}
      </label>
    </div>
  );
}

/**
 * How many results an option gives with the other filters as they are: "(12)", or "(0)" with
 * "nothing" for screen readers, so an option that gives nothing is said, not hidden.
 */
function OptionCount({ n, i18n: { t, formatNumber } }: { n: number; i18n: I18n }) {
  return (
    <span className={n === 0 ? "option-count option-count--none" : "option-count"} data-count={n}>
      {" "}
      <span aria-hidden="true">({formatNumber(n)})</span>
      <span className="visually-hidden">{t("search.optionCount", { count: n, n: formatNumber(n) })}</span>
    </span>
  );
}

type Chip = { key: string; label: ReactNode; without: OfferSearchInput };

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
