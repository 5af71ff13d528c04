/**
 * The portal's offer search state. It lives in the URL (shareable, the back button works, plain
 * GET forms work without JavaScript), so it is parsed leniently: a value that makes no sense is
 * dropped on its own and everything else still applies. A mangled or old link gives sensible
 * results, never an error page.
 *
 * This is the one public input that is not a strict object: URLs carry parameters we never wrote
 * (utm_source, a future filter), and refusing them would break shared links.
 */
import { z } from "zod";
import { isoDate } from "./common.ts";
import { districtOfPostcode } from "./postcode.ts";

/** Results per page; fixed, so every link to "page 3" shows the same offers. */
export const OFFER_SEARCH_PER_PAGE = 20;
/** Pages beyond this are refused (dropped to page 1): nobody reads them, and deep offsets cost. */
const MAX_PAGE = 500;
const MAX_KEYWORD = 100;
const MAX_LIST = 20;

export const SEARCH_WHEN_SHORTCUTS = ["today", "weekend", "holidays"] as const;
export const SEARCH_COSTS = ["free", "condition"] as const;
/**
 * Venue access features as the search's URL words, with the venue column's values: a result
 * has a venue (one venue) with every feature asked for.
 */
export const SEARCH_VENUE_ACCESS = {
  "step-free": "STEP_FREE",
  lift: "LIFT",
  "accessible-toilet": "ACCESSIBLE_TOILET",
  "changing-places": "CHANGING_PLACES",
  "hearing-loop": "HEARING_LOOP",
  bsl: "BSL_AVAILABLE",
  "quiet-space": "QUIET_SPACE",
  "assistance-dogs": "ASSISTANCE_DOGS_WELCOME",
  "blue-badge-parking": "ACCESSIBLE_PARKING",
  "baby-changing": "BABY_CHANGING",
} as const;
/** Access filters in the form's order: step-free, the offer's own SEND and quiet flags, then the other venue features. */
export const SEARCH_ACCESS = [
  "step-free",
  "send",
  "quiet",
  "lift",
  "accessible-toilet",
  "changing-places",
  "hearing-loop",
  "bsl",
  "quiet-space",
  "assistance-dogs",
  "blue-badge-parking",
  "baby-changing",
] as const satisfies readonly ("send" | "quiet" | keyof typeof SEARCH_VENUE_ACCESS)[];
export const SEARCH_SORTS = ["relevance", "soonest", "nearest"] as const;

/** A shortcut, or one date "YYYY-MM-DD". */
export type SearchWhen = (typeof SEARCH_WHEN_SHORTCUTS)[number] | (string & {});
export type SearchAccess = (typeof SEARCH_ACCESS)[number];
export type SearchVenueAccess = keyof typeof SEARCH_VENUE_ACCESS;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** What a URLSearchParams-like record may hold for one name: nothing, a string, or several. */
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

// ─── one reader per kind of value; each returns undefined for anything it cannot read ───

/** The first value when a parameter is repeated; blank counts as absent. */
function single(value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first.trim() === "" ? undefined : first;
}

function all(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A value, or undefined (never an error) when it does not fit the schema. */
function one<T extends z.ZodType>(schema: T) {
  return z
    .unknown()
    .optional()
    .transform((value): z.output<T> | undefined => {
      const parsed = schema.safeParse(single(value));
      return parsed.success ? parsed.data : undefined;
    });
}

/** The values that fit, de-duplicated and sorted, so the same filters always make the same URL. */
function many<T extends z.ZodType<string | number>>(schema: T) {
  return z
    .unknown()
    .optional()
    .transform((value): z.output<T>[] => {
      const fitting = all(value).flatMap((item) => {
        const parsed = schema.safeParse(single(item));
        return parsed.success ? [parsed.data as z.output<T>] : [];
      });
      return [...new Set(fitting)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, MAX_LIST);
    });
}

/** A checkbox: present with a yes-like value (plain forms send "on" or the box's value). */
const flag = z
  .unknown()
  .optional()
  .transform((value) => {
    const first = single(value);
    return (
      first === true || (typeof first === "string" && ["1", "true", "on", "yes"].includes(first.trim().toLowerCase()))
    );
  });

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Whole numbers written plainly ("12"), not "1e1" or "0x0c". */
function wholeNumber(min: number, max: number) {
  return z
    .union([
      z.number(),
      z
        .string()
        .trim()
        .regex(/^\d{1,6}$/)
        .transform(Number),
    ])
    .pipe(z.number().int().min(min).max(max));
}

/** A real calendar date: "2026-02-30" is dropped, not rolled over into March. */
const calendarDate = isoDate.refine((value) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
});

/** Keyword: control characters and runs of spaces removed, cut to 100 characters. */
const keyword = z
  .string()
  .transform((value) =>
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point of this line
      .replace(/[\u0000-\u001F\u007F]/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  )
  .transform((value) => Array.from(value).slice(0, MAX_KEYWORD).join(""))
  .pipe(z.string().min(1));

/** "lat,lng" in the URL, or { lat, lng } when the already-parsed state is passed again. */
const position = z
  .union([
    z.string().transform((value, ctx) => {
      const parts = value.split(",").map((part) => part.trim());
      if (parts.length !== 2 || parts.some((part) => !/^-?\d{1,3}(\.\d+)?$/.test(part))) {
        ctx.addIssue({ code: "custom", message: "Not a position" });
        return z.NEVER;
      }
      return { lat: Number(parts[0]), lng: Number(parts[1]) };
    }),
    z.object({ lat: z.number(), lng: z.number() }),
  ])
  .pipe(z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }))
  // About a metre: enough for "nearest", and the URL does not carry a more exact position.
  .transform(({ lat, lng }) => ({ lat: roundTo5(lat), lng: roundTo5(lng) }));

/** A postcode district ("B15"); a full postcode ("b15 2tt") keeps only its district. */
const outcode = z.string().transform(districtOfPostcode).pipe(z.string());

export const offerSearchInput = z.preprocess(
  (value) =>
    withChosenDate(
      value instanceof URLSearchParams ? recordOf(value) : typeof value === "object" && value !== null ? value : {},
    ),
  z.object({
    q: one(keyword),
    district: many(slug),
    category: many(slug),
    /** "I am N years old". */
    age: one(wholeNumber(0, 25)),
    when: one(z.union([z.enum(SEARCH_WHEN_SHORTCUTS), calendarDate])),
    /** ISO days of the week, 1 = Monday … 7 = Sunday. */
    day: many(wholeNumber(1, 7)),
    /** Sessions starting at 15:00 or later on a weekday. */
    afterSchool: flag,
    cost: one(z.enum(SEARCH_COSTS)),
    access: many(z.enum(SEARCH_ACCESS)),
    /** Can come without an adult (at `age`, when given). */
    alone: flag,
    near: one(position),
    postcode: one(outcode),
    sort: one(z.enum(SEARCH_SORTS)).transform((value) => value ?? "relevance"),
    page: one(wholeNumber(1, MAX_PAGE)).transform((value) => value ?? 1),
  }),
);

export type OfferSearchInput = z.output<typeof offerSearchInput>;

/** The search state from a page's searchParams (or a URLSearchParams). Never throws. */
export function parseOfferSearchParams(
  record: SearchParamsRecord | URLSearchParams | null | undefined,
): OfferSearchInput {
  return offerSearchInput.parse(record ?? {});
}

/**
 * The canonical URL query for a search state: a fixed order of names, sorted values, defaults
 * left out. Links, chips ("remove this filter") and the form all agree on one URL per search.
 */
export function toSearchParams(input: Partial<OfferSearchInput>): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string | number | undefined) =>
    value !== undefined && params.append(name, String(value));
  const state = parseOfferSearchParams(input as SearchParamsRecord);
  set("q", state.q);
  for (const value of state.district) set("district", value);
  for (const value of state.category) set("category", value);
  set("age", state.age);
  set("when", state.when);
  for (const value of state.day) set("day", value);
  if (state.afterSchool) set("afterSchool", "true");
  set("cost", state.cost);
  for (const value of state.access) set("access", value);
  if (state.alone) set("alone", "true");
  if (state.near) set("near", `${state.near.lat},${state.near.lng}`);
  set("postcode", state.postcode);
  if (state.sort !== "relevance") set("sort", state.sort);
  if (state.page !== 1) set("page", state.page);
  return params;
}

/**
 * The search form's "When" radios send `when=date` with the day in a separate `date` box (a
 * radio cannot hold a date). Folded into one `when` here, so URLs and chips know only `when`.
 */
function withChosenDate(record: object): object {
  const { when, date, ...rest } = record as SearchParamsRecord;
  return single(when) === "date" ? { ...rest, when: date } : { ...rest, when };
}

function recordOf(params: URLSearchParams): SearchParamsRecord {
  const record: SearchParamsRecord = {};
  for (const name of new Set(params.keys())) record[name] = params.getAll(name);
  return record;
}

function roundTo5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
