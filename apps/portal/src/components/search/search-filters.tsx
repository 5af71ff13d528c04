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
