import { dateOnly } from "@free-city/db";
import { type ScheduleItem, toMinutes } from "@free-city/schemas";
import type { CancellationRow, ScheduleRow } from "./schedule-words.ts";

/**
 * An offer's schedules as a partner writes them (a revision's content: "HH:MM", "YYYY-MM-DD")
 * as the rows the words are made from, so a draft reads exactly as the live offer will.
 * Incomplete rows (a draft half filled in) are left out rather than guessed.
 */
export function scheduleRowsOf(schedules: Partial<ScheduleItem>[] | undefined): ScheduleRow[] {
  const valid = /^\d{2}:\d{2}$/;
  return (schedules ?? [])
    .filter(
      (s) =>
        s.startTime &&
        s.endTime &&
        valid.test(s.startTime) &&
        valid.test(s.endTime) &&
        (s.kind === "ONE_OFF" ? Boolean(s.date) : Boolean(s.dayOfWeek)),
    )
    .map((s) => ({
      kind: s.kind === "ONE_OFF" ? "ONE_OFF" : "WEEKLY",
      dayOfWeek: s.kind === "ONE_OFF" ? null : (s.dayOfWeek ?? null),
      date: s.kind === "ONE_OFF" && s.date ? dateOnly(s.date) : null,
      // biome-ignore lint/style/noNonNullAssertion: sessions reach here only after the schedule schema required both times
      startMinute: toMinutes(s.startTime!),
      // biome-ignore lint/style/noNonNullAssertion: as above
      endMinute: toMinutes(s.endTime!),
      validFrom: s.validFrom ? dateOnly(s.validFrom) : null,
      validTo: s.validTo ? dateOnly(s.validTo) : null,
    }));
}

export function cancellationRowsOf(cancellations: { date: string }[] | undefined): CancellationRow[] {
  return (cancellations ?? [])
    .filter((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.date))
    .map((c) => ({ date: dateOnly(c.date) }));
}
