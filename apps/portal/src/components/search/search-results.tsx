import type { OfferSearchResult } from "@free-city/api";
import type { OfferSearchInput } from "@free-city/schemas";
import Link from "next/link";
import { NearMeButton } from "~/components/search/near-me-button";
import { ResultCard } from "~/components/search/result-card";
import { searchHref, withChange } from "~/components/search/search-url";
import type { I18n } from "~/i18n/server";

/**
 * The search's results: how many, near me and the sorts, the cards (or what to try when there
 * are none), and the pages.
 */
export function SearchResults({
  state,
  result,
  filtered,
  today,
  i18n,
}: {
  state: OfferSearchInput;
  result: OfferSearchResult;
  /** Whether any filter is chosen (the empty state then offers to clear them). */
  filtered: boolean;
  today: string;
  i18n: I18n;
}) {
  const { t, href, formatNumber } = i18n;
  const base = href("/search");
  const hasPlace = state.near !== undefined || state.postcode !== undefined;
  return (
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
            {filtered ? (
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
  );
}
