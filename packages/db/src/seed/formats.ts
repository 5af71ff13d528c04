/**
 * The shapes of the files under seeds/. Every file is validated against these before anything
 * is written, so a bad seed row is a named error (file, row, field), never a half-seeded database.
 * Another city loads its own data by replacing these files, not by changing code.
 */
import { cityContacts, contextPageSource, OUTCODE_PATTERN, offerLanguages, POSTCODE_PATTERN } from "@free-city/schemas";
import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case-kebab-case");
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM (24-hour)");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");
const dayOfWeek = z.number().int().min(1).max(7); // ISO: 1 = Monday … 7 = Sunday
const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);
const age = z.number().int().min(0).max(25);

export const citySeed = z.strictObject({
  slug,
  name: z.string().min(1),
  bounds: z.strictObject({ minLat: latitude, maxLat: latitude, minLng: longitude, maxLng: longitude }),
  /** Named on the privacy page; the retention job reads the months. */
  privacy: z.strictObject({
    dataController: z.string().min(1),
    contact: z.string().min(1),
    youthVoiceRetentionMonths: z.number().int().min(1).max(120),
  }),
  /** The council's people to contact (see cityContacts). */
  contacts: cityContacts,
});

export const districtSeed = z.strictObject({
  slug,
  name: z.string().min(1),
  summary: z.string(),
  latitude,
  longitude,
});

export const postcodeAreaSeed = z.strictObject({
  outcode: z.string().regex(OUTCODE_PATTERN, "must be a postcode district like B15"),
  district: slug,
  latitude,
  longitude,
});

export const schoolHolidaySeed = z.strictObject({ name: z.string().min(1), startsOn: isoDate, endsOn: isoDate });

const categoryBase = z.strictObject({
  slug,
  name: z.string().min(1),
  description: z.string().default(""),
  icon: z.string().optional(),
});
export const categorySeed = categoryBase.extend({ children: z.array(categoryBase).default([]) });

export const contextPageSeed = z.strictObject({
  slug,
  title: z.string().min(1),
  summary: z.string().max(200),
  audience: z.enum(["young-people", "everyone", "partners"]),
  sources: z.array(contextPageSource),
});

// ───────────── Demo data (seeds/demo) ─────────────

export const demoUserSeed = z.strictObject({
  email: z.email(),
  name: z.string().min(1),
  staffRole: z.enum(["MODERATOR", "ADMIN"]).optional(),
});

export const demoOrganisationSeed = z.strictObject({
  slug,
  name: z.string().min(1),
  type: z.enum([
    "BUSINESS",
    "CHARITY",
    "VENUE",
    "SPORTS_CLUB",
    "COMMUNITY_GROUP",
    "COUNCIL_SERVICE",
    "SCHOOL_OR_COLLEGE",
    "OTHER",
  ]),
  website: z.url().optional(),
  publicEmail: z.email().optional(),
  publicPhone: z.string().optional(),
  description: z.string(),
  verified: z.boolean(),
  members: z.array(z.strictObject({ email: z.email(), role: z.enum(["OWNER", "MEMBER"]) })).default([]),
});

const accessFeature = z.enum([
  "STEP_FREE",
  "ACCESSIBLE_TOILET",
  "HEARING_LOOP",
  "QUIET_SPACE",
  "CHANGING_PLACES",
  "ACCESSIBLE_PARKING",
  "LIFT",
  "BABY_CHANGING",
  "ASSISTANCE_DOGS_WELCOME",
  "BSL_AVAILABLE",
]);

export const openingHoursSeed = z.array(z.strictObject({ day: dayOfWeek, opens: time, closes: time }));

export const demoVenueSeed = z.strictObject({
  slug,
  organisation: slug,
  name: z.string().min(1),
  addressLine1: z.string().min(1),
  addressLine2: z.string().optional(),
  town: z.string().min(1),
  postcode: z.string().regex(POSTCODE_PATTERN, "must be a normalised UK postcode like B15 2TT"),
  district: slug,
  latitude,
  longitude,
  phone: z.string().optional(),
  website: z.url().optional(),
  accessFeatures: z.array(accessFeature).default([]),
  accessNotes: z.string().default(""),
  openingHours: openingHoursSeed.default([]),
  openingNotes: z.string().default(""),
  status: z.enum(["PENDING", "APPROVED"]).default("APPROVED"),
});

/**
 * Demo schedules are relative to the day the database is first seeded, so the demo always has
 * something on today, this weekend and in the coming weeks.
 */
export const demoScheduleSeed = z.union([
  // Every week on `weekly` (1 = Monday … 7 = Sunday), from `fromDays` to `toDays` days after seeding.
  z.strictObject({ weekly: dayOfWeek, start: time, end: time, fromDays: z.number().int(), toDays: z.number().int() }),
  // Once, `inDays` days after seeding (0 = the day of seeding).
  z.strictObject({ once: z.number().int(), start: time, end: time }),
  // Every weekday (Mon–Fri) of the named school holiday in seeds/school-holidays.json.
  z.strictObject({ holiday: z.string().min(1), start: time, end: time }),
]);

export const offerStatusSeed = z.enum(["DRAFT", "IN_REVIEW", "LIVE", "CHANGES_REQUESTED", "EXPIRED"]);

export const demoOfferSeed = z.strictObject({
  slug,
  organisation: slug,
  status: offerStatusSeed,
  venues: z.array(slug).min(1),
  categories: z.array(slug).min(1),
  title: z.string().min(3).max(120),
  summary: z.string().min(10).max(280),
  description: z.string().max(5000),
  minAge: age,
  maxAge: age,
  aloneFromAge: age.nullable(),
  costType: z.enum(["FREE", "FREE_WITH_CONDITION"]),
  costCondition: z.string().optional(),
  takeUpMethod: z.enum(["TURN_UP", "BOOK_AHEAD", "SHOW_CODE", "ASK_AT_DESK"]),
  bookingUrl: z.url().optional(),
  bookingPhone: z.string().optional(),
  takeUpCode: z.string().optional(),
  takeUpNotes: z.string().default(""),
  capacity: z.number().int().positive().optional(),
  sendFriendly: z.boolean().default(false),
  quietSessions: z.boolean().default(false),
  accessNotes: z.string().default(""),
  dbsCheckedStaff: z.boolean().default(false),
  safeguardingNotes: z.string().default(""),
  // The language the partner wrote it in, and their own translations (checked as the editor checks them).
  language: offerLanguages.shape.language,
  translations: offerLanguages.shape.translations,
  schedules: z.array(demoScheduleSeed).min(1),
  cancellations: z.array(z.strictObject({ inDays: z.number().int(), reason: z.string().default("") })).default([]),
  /** For CHANGES_REQUESTED: the reviewer's reason the partner sees. */
  reviewNote: z.string().optional(),
  /** For a LIVE offer: a pending edit (submitted for review) so moderators have a diff to look at. */
  pendingEdit: z
    .strictObject({ title: z.string().optional(), summary: z.string().optional(), description: z.string().optional() })
    .optional(),
  /** Days since the partner last confirmed the offer is accurate (LIVE/EXPIRED). */
  lastConfirmedDaysAgo: z.number().int().min(0).default(10),
});

export type CitySeed = z.infer<typeof citySeed>;
export type DistrictSeed = z.infer<typeof districtSeed>;
export type PostcodeAreaSeed = z.infer<typeof postcodeAreaSeed>;
export type SchoolHolidaySeed = z.infer<typeof schoolHolidaySeed>;
export type CategorySeed = z.infer<typeof categorySeed>;
export type ContextPageSeed = z.infer<typeof contextPageSeed>;
export type DemoUserSeed = z.infer<typeof demoUserSeed>;
export type DemoOrganisationSeed = z.infer<typeof demoOrganisationSeed>;
export type DemoVenueSeed = z.infer<typeof demoVenueSeed>;
export type DemoOfferSeed = z.infer<typeof demoOfferSeed>;
export type DemoScheduleSeed = z.infer<typeof demoScheduleSeed>;
