import { addDays, isoDayOfWeek } from "@free-city/db";

/** The four daily counts the portal keeps per offer (nothing about any person). */
export const COUNTS = ["views", "saves", "takeUpClicks", "calendarAdds"] as const;
export type Counts = Record<(typeof COUNTS)[number], number>;

/** The Monday (ISO date) of the week `date` is in. */
export const mondayOf = (date: string) => addDays(date, 1 - isoDayOfWeek(date));
