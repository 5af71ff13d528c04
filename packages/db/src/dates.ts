/**
 * Calendar dates ("YYYY-MM-DD") for PostgreSQL `date` columns. They travel as Date objects at
 * UTC midnight, so a date never shifts a day with the server's time zone.
 */
import { CITY_TIME_ZONE } from "@free-city/schemas";

export { CITY_TIME_ZONE };

export function dateOnly(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Made once: a formatter with a time zone is costly to make, and every page asks for the date. */
const CITY_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: CITY_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in the city (not the server's zone). */
export function todayInCity(now: Date = new Date()): string {
  return CITY_DATE.format(now);
}

export function addDays(iso: string, days: number): string {
  const d = dateOnly(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

/** ISO day of week of a date: 1 = Monday … 7 = Sunday. */
export function isoDayOfWeek(iso: string): number {
  const day = dateOnly(iso).getUTCDay();
  return day === 0 ? 7 : day;
}
