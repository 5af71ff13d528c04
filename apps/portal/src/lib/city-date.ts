import { CITY_TIME_ZONE } from "@free-city/schemas";

// The city's clock: dates on the portal are the day it was in the city, whatever the server's zone.

/** A date as people write it in `lang` ("1 March 2026"), on the city's calendar. */
export function formatCityDate(date: Date, lang: string): string {
  return date.toLocaleDateString(lang, { day: "numeric", month: "long", year: "numeric", timeZone: CITY_TIME_ZONE });
}
