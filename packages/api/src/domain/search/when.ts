/**
 * "When" in the search, as calendar dates in the city (Europe/London): the window of days a
 * session must fall in, and which days of the week can match. Dates are "YYYY-MM-DD" strings
 * throughout, so a server in another zone never shifts a day.
 */
import { addDays, isoDayOfWeek } from "@free-city/db";
import type { OfferSearchInput } from "@free-city/schemas";

/** The days a session must happen on, inclusive; `to` null = any day from `from` on. */
export type DateWindow = { from: string; to: string | null };

export type SchoolHolidayRange = { name: string; startsOn: string; endsOn: string };

/** A session starts at 15:00 or later to count as "after school". */
export const AFTER_SCHOOL_MINUTE = 15 * 60;
const WEEKDAYS = [1, 2, 3, 4, 5];
const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];

/**
 * The window for a `when` value, or null when it cannot apply (a date already past, or no
 * school holiday left in the seeds): the filter is then dropped rather than showing nothing.
 * `holiday` is the current or next school holiday (see `holidayLookup`).
 */
export function windowFor(
  when: OfferSearchInput["when"],
  today: string,
  holiday: SchoolHolidayRange | null,
): DateWindow | null {
  if (when === undefined) return null;
  if (when === "today") return { from: today, to: today };
  if (when === "weekend") {
    const saturday = addDays(today, (6 - isoDayOfWeek(today) + 7) % 7);
    // On a Sunday "this weekend" is what is left of it: today.
    return isoDayOfWeek(today) === 7 ? { from: today, to: today } : { from: saturday, to: addDays(saturday, 1) };
  }
  if (when === "holidays")
    return holiday ? { from: holiday.startsOn < today ? today : holiday.startsOn, to: holiday.endsOn } : null;
  return when >= today ? { from: when, to: when } : null;
}

/** Whether the search needs the school holiday table at all. */
export function needsHoliday(when: OfferSearchInput["when"]): boolean {
  return when === "holidays";
}

/**
 * The ISO days of the week a matching session can fall on: those in the window, narrowed by
 * the day filter and by "after school" (weekdays only). Empty means nothing can match.
 */
export function possibleWeekdays(window: DateWindow | null, days: number[], afterSchool: boolean): number[] {
  let possible = ALL_DAYS;
  if (window?.to && daysBetween(window.from, window.to) < 6) {
    possible = Array.from({ length: daysBetween(window.from, window.to) + 1 }, (_, i) =>
      isoDayOfWeek(addDays(window.from, i)),
    );
  }
  if (days.length > 0) possible = possible.filter((day) => days.includes(day));
  if (afterSchool) possible = possible.filter((day) => WEEKDAYS.includes(day));
  return [...new Set(possible)].sort();
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
