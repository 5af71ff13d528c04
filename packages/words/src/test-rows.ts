/** Schedule rows for the words tests, written as a partner says them ("10:00", "2026-12-05"). */
import { dateOnly } from "@free-city/db";
import type { ScheduleRow } from "./schedule-words.ts";

/** Minutes after midnight of "HH:MM". */
export const at = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/**
 * Dates and time ranges hold together with no-break spaces, so they never break across lines;
 * the tests read the words as a person does, with ordinary spaces.
 */
export const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

/** A weekly session on `dayOfWeek` (0 = Sunday), from and until the dates given (null: open). */
export function weekly(
  dayOfWeek: number,
  start: string,
  end: string,
  validFrom: string | null,
  validTo: string | null,
): ScheduleRow {
  return {
    kind: "WEEKLY",
    dayOfWeek,
    date: null,
    startMinute: at(start),
    endMinute: at(end),
    validFrom: validFrom ? dateOnly(validFrom) : null,
    validTo: validTo ? dateOnly(validTo) : null,
  };
}

/** A session on one date. */
export function once(date: string, start: string, end: string): ScheduleRow {
  return {
    kind: "ONE_OFF",
    dayOfWeek: null,
    date: dateOnly(date),
    startMinute: at(start),
    endMinute: at(end),
    validFrom: null,
    validTo: null,
  };
}

/** Cancelled dates. */
export const notOn = (...dates: string[]) => dates.map((date) => ({ date: dateOnly(date) }));
