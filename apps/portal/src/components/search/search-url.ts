import { type OfferSearchInput, parseOfferSearchParams, toSearchParams } from "@free-city/schemas";

/**
 * Links between searches. Every one goes through the canonical `toSearchParams`, so a chip's
 * "remove" link, a page link and the form all make the same URL for the same search.
 */
export function searchHref(base: string, state: Partial<OfferSearchInput>): string {
  const query = toSearchParams(state).toString();
  return query ? `${base}?${query}` : base;
}

/** The state with one change, back on page 1 (a new filter makes a new list). */
export function withChange(state: OfferSearchInput, change: Partial<OfferSearchInput>): OfferSearchInput {
  return { ...state, ...change, page: 1 };
}

export { parseOfferSearchParams };
