/**
 * A partner's venue: address with a normalised UK postcode, district, optional map position,
 * access features and opening hours.
 */
import { z } from "zod";
import { plainText, timeOfDay, toMinutes } from "./common.ts";
import { phoneNumber, webAddress } from "./organisation.ts";

/** Access features as partners tick them (the portal words them for young people). */
export const ACCESS_FEATURES = [
  { value: "STEP_FREE", label: "Step-free access" },
  { value: "LIFT", label: "Lift to other floors" },
  { value: "ACCESSIBLE_TOILET", label: "Accessible toilet" },
  { value: "CHANGING_PLACES", label: "Changing Places toilet" },
  { value: "HEARING_LOOP", label: "Hearing loop" },
  { value: "BSL_AVAILABLE", label: "British Sign Language (BSL) can be arranged" },
  { value: "QUIET_SPACE", label: "Quiet space" },
  { value: "ASSISTANCE_DOGS_WELCOME", label: "Assistance dogs welcome" },
  { value: "ACCESSIBLE_PARKING", label: "Blue Badge parking" },
  { value: "BABY_CHANGING", label: "Baby changing" },
] as const;
type AccessFeature = (typeof ACCESS_FEATURES)[number]["value"];
const accessFeatureValues = ACCESS_FEATURES.map((f) => f.value) as [AccessFeature, ...AccessFeature[]];

const UK_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/;

/** "b152tt", " B15 2TT " → "B15 2TT"; anything that isn't a full UK postcode is refused. */
export const ukPostcode = z
  .string()
  .transform((value) => value.toUpperCase().replace(/\s+/g, ""))
  .pipe(z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/, "Enter a full UK postcode, like B15 2TT"))
  .transform((value) => `${value.slice(0, -3)} ${value.slice(-3)}`);

/** The postcode district of a normalised postcode: "B15 2TT" → "B15". */
export function outcodeOf(postcode: string): string {
  const match = UK_POSTCODE.exec(postcode.toUpperCase().trim());
  return match?.[1] ?? postcode.toUpperCase().trim().split(" ")[0] ?? "";
}

export const openingHoursRow = z
  .strictObject({ day: z.number().int().min(1).max(7), opens: timeOfDay, closes: timeOfDay })
  .refine((row) => toMinutes(row.closes) > toMinutes(row.opens), {
    path: ["closes"],
    message: "The closing time must be after the opening time",
  });

const id = z.string().min(1).max(40);
const coordinate = (min: number, max: number, name: string) =>
  z
    .number({ error: `Enter the ${name} as a number, like ${name === "latitude" ? "52.4862" : "-1.8904"}` })
    .min(min)
    .max(max);

const venueShape = {
  name: plainText(2, 120, "Venue name"),
  addressLine1: plainText(2, 120, "Address line 1"),
  addressLine2: plainText(0, 120, "Address line 2").nullable(),
  town: plainText(2, 60, "Town or city"),
  postcode: ukPostcode,
  districtId: z.string().min(1, "Choose the district").max(40),
  latitude: coordinate(-90, 90, "latitude").nullable(),
  longitude: coordinate(-180, 180, "longitude").nullable(),
  phone: phoneNumber.nullable(),
  website: webAddress.nullable(),
  accessFeatures: z
    .array(z.enum(accessFeatureValues))
    .max(ACCESS_FEATURES.length)
    .refine((list) => new Set(list).size === list.length, "Tick each feature once"),
  accessNotes: plainText(0, 1000, "More about access"),
  openingHours: z.array(openingHoursRow).max(14, "Add up to 14 rows of opening hours"),
  openingNotes: plainText(0, 500, "More about opening"),
};

function bothOrNeither(value: { latitude: number | null; longitude: number | null }, ctx: z.RefinementCtx) {
  if ((value.latitude === null) !== (value.longitude === null)) {
    ctx.addIssue({
      code: "custom",
      path: [value.latitude === null ? "latitude" : "longitude"],
      message: "Enter both the latitude and the longitude, or neither",
    });
  }
}

/** A venue's fields, as the form sends them and the procedures take them (with the ids around them). */
export const createVenueInput = z.strictObject({ organisationId: id, ...venueShape }).superRefine(bothOrNeither);
export const updateVenueInput = z
  .strictObject({ organisationId: id, venueId: id, ...venueShape })
  .superRefine(bothOrNeither);
export type VenueFields = Omit<z.infer<typeof createVenueInput>, "organisationId">;
export const venueRefInput = z.strictObject({ organisationId: id, venueId: id });
export const suggestDistrictInput = z.strictObject({ postcode: z.string().trim().min(2).max(10) });
