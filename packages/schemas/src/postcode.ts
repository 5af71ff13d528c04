import { z } from "zod";

/**
 * UK postcodes, in one place. A postcode is an outward code, its district ("B15"), then an inward
 * code ("2TT"). Everything that reads one (the venue form, the search, the open-data API, the
 * seeds) uses these patterns.
 */
const OUTWARD = "[A-Z]{1,2}\\d[A-Z\\d]?";
const INWARD = "\\d[A-Z]{2}";

/** A postcode district, upper case: "B15", "EC1A". */
export const OUTCODE_PATTERN = new RegExp(`^${OUTWARD}$`);
/** A normalised full postcode: upper case, one space: "B15 2TT". */
export const POSTCODE_PATTERN = new RegExp(`^${OUTWARD} ${INWARD}$`);
/** A full postcode or a district, upper case without spaces, its district captured first. */
const POSTCODE_OR_DISTRICT = new RegExp(`^(${OUTWARD})(${INWARD})?$`);

const compact = (value: string) => value.toUpperCase().replace(/\s+/g, "");

/** "b152tt", " B15 2TT " → "B15 2TT"; anything that isn't a full UK postcode is refused. */
export const ukPostcode = z
  .string()
  .transform(compact)
  .pipe(z.string().regex(new RegExp(`^${OUTWARD}${INWARD}$`), "Enter a full UK postcode, like B15 2TT"))
  .transform((value) => `${value.slice(0, -3)} ${value.slice(-3)}`);

/** The district of a full postcode or of a district, in any case and spacing: "b15 2tt" → "B15"; else undefined. */
export function districtOfPostcode(value: string): string | undefined {
  return POSTCODE_OR_DISTRICT.exec(compact(value))?.[1];
}

/** The postcode district of a normalised postcode: "B15 2TT" → "B15". */
export function outcodeOf(postcode: string): string {
  const match = new RegExp(`^(${OUTWARD}) ?(${INWARD})$`).exec(postcode.toUpperCase().trim());
  return match?.[1] ?? postcode.toUpperCase().trim().split(" ")[0] ?? "";
}
