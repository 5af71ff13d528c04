import { districtOfPostcode } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import { UUID_PATTERN } from "./oruk-id.ts";

/** Items per page when `per_page` is not given, and the most a client may ask for. */
export const ORUK_DEFAULT_PER_PAGE = 50;
export const ORUK_MAX_PER_PAGE = 100;
const MAX_PAGE = 100_000;
/** "Within N metres" of a postcode: at most 50 km, well beyond any city. */
const MAX_PROXIMITY = 50_000;

const DAYS: Record<string, number> = {
  MO: 1,
  TU: 2,
  WE: 3,
  TH: 4,
  FR: 5,
  SA: 6,
  SU: 7,
  MONDAY: 1,
  TUESDAY: 2,
  WEDNESDAY: 3,
  THURSDAY: 4,
  FRIDAY: 5,
  SATURDAY: 6,
  SUNDAY: 7,
};

/** The query parameters of the Open Referral UK API, read strictly (unlike the portal's search URL). */
export type OrukQuery = {
  search: string | null;
  page: number;
  perPage: number;
  taxonomyTermId: string | null;
  taxonomyId: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  /** ISO day of the week, 1 = Monday. */
  day: number | null;
  startMinute: number | null;
  endMinute: number | null;
  /** A postcode district ("B15"), from a full postcode or a district. */
  outcode: string | null;
  proximityMetres: number | null;
  modifiedAfter: Date | null;
};

/**
 * Reads the query string of a list endpoint. A value that cannot be read is refused with an
 * error naming the parameter (an API client wants to know, unlike a person following a link);
 * parameters the API does not know are ignored, as Open Referral clients send their own (`full`…).
 */
export function parseOrukQuery(params: URLSearchParams): OrukQuery {
  const get = (name: string) => {
    const value = params.get(name);
    return value === null || value.trim() === "" ? null : value.trim();
  };
  const bad = (parameter: string, message: string): never => {
    throw new AppError("INVALID_FIELDS", { parameter }, `${parameter}: ${message}`);
  };
  const whole = (name: string, min: number, max: number) => {
    const value = get(name);
    if (value === null) return null;
    if (!/^\d{1,7}$/.test(value) || Number(value) < min || Number(value) > max) {
      bad(name, `must be a whole number from ${min} to ${max}`);
    }
    return Number(value);
  };
  const age = (name: string) => {
    const value = get(name);
    if (value === null) return null;
    if (!/^\d{1,3}(\.\d+)?$/.test(value) || Number(value) > 150) bad(name, "must be an age in years, like 12");
    return Number(value);
  };
  const uuid = (name: string) => {
    const value = get(name);
    if (value !== null && !UUID_PATTERN.test(value)) bad(name, "must be a UUID");
    return value?.toLowerCase() ?? null;
  };
  const time = (name: string) => {
    const value = get(name);
    if (value === null) return null;
    const match = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(value);
    if (!match) return bad(name, "must be a time of day, like 15:30 or 15:30:00");
    return Number(match[1]) * 60 + Number(match[2]);
  };

  const search = get("search");
  if (search !== null && search.length > 100) bad("search", "must be at most 100 characters");
  const dayValue = get("day");
  const day = dayValue === null ? null : (DAYS[dayValue.toUpperCase()] ?? null);
  if (dayValue !== null && day === null) bad("day", "must be a day of the week: MO, TU, WE, TH, FR, SA or SU");
  const postcode = get("postcode");
  const outcode = postcode === null ? null : (districtOfPostcode(postcode) ?? null);
  if (postcode !== null && outcode === null)
    bad("postcode", "must be a UK postcode, like B15 2TT, or a district, like B15");
  const proximity = get("proximity");
  if (proximity !== null && (!/^\d{1,6}(\.\d+)?$/.test(proximity) || Number(proximity) > MAX_PROXIMITY)) {
    bad("proximity", `must be a distance in metres, up to ${MAX_PROXIMITY}`);
  }
  if (proximity !== null && outcode === null) bad("proximity", "needs a postcode to measure from");
  const modified = get("modified_after");
  const modifiedAfter = modified === null ? null : readDateTime(modified);
  if (modified !== null && modifiedAfter === null) {
    bad("modified_after", "must be a date or date and time, like 2026-11-01 or 2026-11-01T09:00:00Z");
  }
  const minimumAge = age("minimum_age");
  const maximumAge = age("maximum_age");

  return {
    search,
    page: whole("page", 1, MAX_PAGE) ?? 1,
    perPage: whole("per_page", 1, ORUK_MAX_PER_PAGE) ?? ORUK_DEFAULT_PER_PAGE,
    taxonomyTermId: uuid("taxonomy_term_id"),
    taxonomyId: uuid("taxonomy_id"),
    minimumAge,
    maximumAge,
    day,
    startMinute: time("start_time"),
    endMinute: time("end_time"),
    outcode,
    proximityMetres: proximity === null ? null : Number(proximity),
    modifiedAfter,
  };
}

/** Only page and per_page: the taxonomy lists. */
export function parseOrukPaging(params: URLSearchParams): Pick<OrukQuery, "page" | "perPage"> {
  const { page, perPage } = parseOrukQuery(new URLSearchParams(pick(params, ["page", "per_page"])));
  return { page, perPage };
}

function pick(params: URLSearchParams, names: string[]): [string, string][] {
  return [...params.entries()].filter(([name]) => names.includes(name));
}

/** An ISO 8601 date ("2026-11-01", midnight UTC) or date-time with a zone; null if not one. */
function readDateTime(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(value)) return null;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}
