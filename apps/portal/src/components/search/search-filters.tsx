import type { SearchFilterCounts, SearchOptions } from "@free-city/api";
import { type OfferSearchInput, SEARCH_ACCESS } from "@free-city/schemas";
import { dayName } from "@free-city/words";
import Link from "next/link";
import type { ReactNode } from "react";
import { FilterToggle } from "~/components/search/filter-toggle";
import { searchHref } from "~/components/search/search-url";
import { City } from "~/components/text/marked";
import type { I18n } from "~/i18n/server";

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** A chosen filter shown as a chip, with the search without it (its remove link). */
export type FilterChip = { key: string; label: ReactNode; without: OfferSearchInput };

/**
 * The search's filters (GOV.UK finder style): the chosen ones as chips to remove, then every
 * district, category, time, cost, access need and "on my own", each option with the number of
 * results it would give. Part of the search's GET form, so it works without JavaScript.
 */
export function SearchFilters({
  state,
  options,
  counts,
  chips,
  today,
  i18n,
}: {
  state: OfferSearchInput;
  options: SearchOptions;
  counts: SearchFilterCounts;
  chips: FilterChip[];
  today: string;
  i18n: I18n;
}) {
  const { t, href } = i18n;
  const base = href("/search");
  /** "(12)" after an option: the results it would give with the other filters as they are. */
  const count = (n: number | null | undefined) => (n === null ? null : <OptionCount n={n ?? 0} i18n={i18n} />);
  /** A district's or category's checkbox: its slug, its name in the reader's language, its count. */
  const cityCheckbox = (
    name: "district" | "category",
    item: { slug: string; name: Parameters<I18n["city"]["text"]>[0] },
  ) => (
    <Checkbox
      key={item.slug}
      name={name}
      value={item.slug}
      checked={state[name].includes(item.slug)}
      label={<City value={i18n.city.text(item.name)} />}
      count={count(counts[name][item.slug])}
    />
  );
  /** One radio per choice, the first without a value ("any"); `selected` is the value chosen now. */
  const radios = (
    name: string,
    selected: string | undefined,
    choices: { value?: string; label: string; n: number }[],
  ) =>
    choices.map((c) => (
      <Radio
        key={c.value ?? "any"}
        name={name}
        value={c.value ?? ""}
        checked={selected === c.value}
        label={c.label}
        count={count(c.n)}
      />
    ));
  const isDate = state.when !== undefined && /^\d{4}-/.test(state.when);
  return (
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
            {options.districts.map((district) => cityCheckbox("district", district))}
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
                  {cityCheckbox("category", category)}
                  {/* Sub-categories appear once their parent is picked, so the list stays short. */}
                  {open && category.children.length > 0 ? (
                    <div className="checkboxes checkboxes--nested">
                      {category.children.map((child) => cityCheckbox("category", child))}
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
            {radios("when", state.when, [
              { label: t("search.whenAny"), n: counts.when.any },
              { value: "today", label: t("search.whenToday"), n: counts.when.today },
              { value: "weekend", label: t("search.whenWeekend"), n: counts.when.weekend },
              { value: "holidays", label: t("search.whenHolidays"), n: counts.when.holidays },
            ])}
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
            {radios("cost", state.cost, [
              { label: t("search.costAny"), n: counts.cost.any },
              { value: "free", label: t("search.costFree"), n: counts.cost.free },
              { value: "condition", label: t("search.costCondition"), n: counts.cost.condition },
            ])}
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
  );
}

type OptionProps = { name: string; value: string; checked: boolean; label: ReactNode; count?: ReactNode };

const Checkbox = (props: OptionProps) => <Option type="checkbox" {...props} />;
const Radio = (props: OptionProps) => <Option type="radio" {...props} />;

/** One checkbox or radio with its label and count; the empty value (a radio's "any") has the id "<name>-any". */
function Option({ type, name, value, checked, label, count }: OptionProps & { type: "checkbox" | "radio" }) {
  const id = `${name}-${value || "any"}`;
  return (
    <div className={type}>
      <input type={type} id={id} name={name} value={value} defaultChecked={checked} />
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
