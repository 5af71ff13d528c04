/**
 * A partner's venue: address with a normalised UK postcode, district, optional map position,
 * access features and opening hours.
 */
import { z } from "zod";
import { oneLine, plainText, recordId, timeOfDay, toMinutes } from "./common.ts";
import { phoneNumber, webAddress } from "./organisation.ts";
import { ukPostcode } from "./postcode.ts";

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

export const openingHoursRow = z
  .strictObject({ day: z.number().int().min(1).max(7), opens: timeOfDay, closes: timeOfDay })
  .refine((row) => toMinutes(row.closes) > toMinutes(row.opens), {
    path: ["closes"],
    message: "The closing time must be after the opening time",
  });

const id = recordId();
const coordinate = (min: number, max: number, name: string) =>
  z
    .number({ error: `Enter the ${name} as a number, like ${name === "latitude" ? "52.4862" : "-1.8904"}` })
    .min(min)
    .max(max);

const venueShape = {
  name: oneLine(2, 120, "Venue name"),
  addressLine1: oneLine(2, 120, "Address line 1"),
  addressLine2: oneLine(0, 120, "Address line 2").nullable(),
  town: oneLine(2, 60, "Town or city"),
  postcode: ukPostcode,
  districtId: recordId("Choose the district"),
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
/** A venue's fields alone (a change waiting for review is stored as these). */
export const venueFieldsSchema = z.strictObject(venueShape).superRefine(bothOrNeither);
export const venueRefInput = z.strictObject({ organisationId: id, venueId: id });
export const suggestDistrictInput = z.strictObject({ postcode: z.string().trim().min(2).max(10) });
