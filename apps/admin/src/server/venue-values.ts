import "server-only";
import { list, numberField, prose, text } from "./form-state";

const DAYS = [1, 2, 3, 4, 5, 6, 7];

/**
 * The venue form as the procedures take it. Opening hours come as one row per day (blank =
 * closed); only the days filled in are sent, and `days` says which form row each one was, so a
 * message about the second opening time sent lands by the right day.
 */
export function venueValues(form: FormData) {
  const filled = DAYS.filter(
    (day) => text(form, `openingHours.${day}.opens`) || text(form, `openingHours.${day}.closes`),
  );
  return {
    values: {
      name: prose(form, "name"),
      addressLine1: prose(form, "addressLine1"),
      addressLine2: text(form, "addressLine2"),
      town: prose(form, "town"),
      postcode: prose(form, "postcode"),
      districtId: text(form, "districtId") ?? "",
      latitude: numberField(form, "latitude"),
      longitude: numberField(form, "longitude"),
      phone: text(form, "phone"),
      website: text(form, "website"),
      accessFeatures: list(form, "accessFeatures"),
      accessNotes: prose(form, "accessNotes"),
      openingHours: filled.map((day) => ({
        day,
        opens: text(form, `openingHours.${day}.opens`) ?? "",
        closes: text(form, `openingHours.${day}.closes`) ?? "",
      })),
      openingNotes: prose(form, "openingNotes"),
    },
    /** Field-path fixes: "openingHours.<sent index>" → "openingHours.<day>". */
    fieldName(path: string): string {
      return path.replace(/^openingHours\.(\d+)/, (_, i: string) => `openingHours.${filled[Number(i)] ?? i}`);
    },
    wantsSuggestedDistrict: !text(form, "districtId"),
  };
}
