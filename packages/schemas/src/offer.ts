/**
 * An offer's content, in the sections of the partner's task list. Each section is its own
 * schema (saved on its own by the editor); `offerContent` is all of them together: what a
 * submission snapshots into an OfferRevision and what approval copies onto the live offer.
 */
import { z } from "zod";
import { isoDate, oneLine, plainText, recordId, timeOfDay, toMinutes } from "./common.ts";

export const OFFER_STATUSES = [
  "DRAFT",
  "IN_REVIEW",
  "LIVE",
  "CHANGES_REQUESTED",
  "REJECTED",
  "EXPIRED",
  "ARCHIVED",
] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const COST_TYPES = ["FREE", "FREE_WITH_CONDITION"] as const;
export const TAKE_UP_METHODS = ["TURN_UP", "BOOK_AHEAD", "SHOW_CODE", "ASK_AT_DESK"] as const;

const id = recordId();
const age = z
  .number({ error: "Enter an age in years" })
  .int("Enter a whole number")
  .min(0, "Ages start at 0")
  .max(25, "Free City is for people up to 25");

export const offerBasics = z.strictObject({
  title: oneLine(3, 120, "Title"),
  summary: plainText(10, 280, "Summary"),
  description: plainText(0, 5000, "Description"),
  categoryIds: z.array(id).min(1, "Choose at least one category").max(5, "Choose up to 5 categories"),
});

export const offerAudience = z
  .strictObject({
    minAge: age,
    maxAge: age,
    aloneFromAge: age.nullable(),
    costType: z.enum(COST_TYPES),
    costCondition: oneLine(0, 200, "Condition").nullable(),
    capacity: z.number().int().positive("Enter a number above 0").max(100000).nullable(),
  })
  .superRefine((value, ctx) => {
    if (value.maxAge < value.minAge) {
      ctx.addIssue({
        code: "custom",
        path: ["maxAge"],
        message: "The oldest age must be the same as or more than the youngest age",
      });
    }
    if (value.aloneFromAge !== null && value.aloneFromAge > value.maxAge) {
      ctx.addIssue({
        code: "custom",
        path: ["aloneFromAge"],
        message: "The age for coming alone must not be above the oldest age",
      });
    }
    if (value.costType === "FREE_WITH_CONDITION" && !value.costCondition) {
      ctx.addIssue({
        code: "custom",
        path: ["costCondition"],
        message: 'Say what the condition is, for example "free with a library card"',
      });
    }
  });

export const scheduleItem = z
  .strictObject({
    kind: z.enum(["WEEKLY", "ONE_OFF"]),
    dayOfWeek: z.number().int().min(1).max(7).nullable(),
    date: isoDate.nullable(),
    startTime: timeOfDay,
    endTime: timeOfDay,
    validFrom: isoDate.nullable(),
    validTo: isoDate.nullable(),
    venueId: id.nullable(),
  })
  .superRefine((value, ctx) => {
    if (toMinutes(value.endTime) <= toMinutes(value.startTime)) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "The end time must be after the start time" });
    }
    if (value.kind === "WEEKLY" && value.dayOfWeek === null) {
      ctx.addIssue({ code: "custom", path: ["dayOfWeek"], message: "Choose the day of the week" });
    }
    if (value.kind === "ONE_OFF" && value.date === null) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "Enter the date" });
    }
    if (value.validFrom && value.validTo && value.validTo < value.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "The last date must be on or after the first date" });
    }
  });

export const offerWhen = z.strictObject({
  schedules: z.array(scheduleItem).min(1, "Add at least one session or date").max(60, "Add up to 60 sessions"),
  cancellations: z
    .array(z.strictObject({ date: isoDate, reason: oneLine(0, 200, "Reason") }))
    .max(100, "Add up to 100 cancelled dates"),
});

export const offerWhere = z.strictObject({
  venueIds: z.array(id).min(1, "Choose at least one venue").max(20, "Choose up to 20 venues"),
});

export const offerTakeUp = z
  .strictObject({
    takeUpMethod: z.enum(TAKE_UP_METHODS),
    bookingUrl: z
      .url({ protocol: /^https?$/, error: "Enter a web address starting with https://" })
      .max(500)
      .nullable(),
    bookingPhone: z
      .string()
      .trim()
      .regex(/^[0-9 +()-]{7,20}$/, "Enter a phone number, like 0121 496 0000")
      .nullable(),
    takeUpCode: z.string().trim().min(2).max(40).nullable(),
    takeUpNotes: plainText(0, 1000, "Notes"),
  })
  .superRefine((value, ctx) => {
    if (value.takeUpMethod === "BOOK_AHEAD" && !value.bookingUrl && !value.bookingPhone) {
      ctx.addIssue({ code: "custom", path: ["bookingUrl"], message: "Give a booking link or a phone number" });
    }
    if (value.takeUpMethod === "SHOW_CODE" && !value.takeUpCode) {
      ctx.addIssue({ code: "custom", path: ["takeUpCode"], message: "Enter the code young people show" });
    }
  });

export const offerAccess = z.strictObject({
  sendFriendly: z.boolean(),
  quietSessions: z.boolean(),
  accessNotes: plainText(0, 2000, "Access notes"),
});

export const offerSafeguarding = z.strictObject({
  dbsCheckedStaff: z.boolean(),
  safeguardingNotes: plainText(0, 2000, "Safeguarding notes"),
});

/**
 * The languages a partner can write an offer in, or translate it into: the portal's languages
 * (a translation shows to readers of that language; the original, marked with its language,
 * to everyone else).
 */
export const OFFER_LANGUAGES = ["en", "ur", "bn", "ar", "pl"] as const;
export type OfferLanguage = (typeof OFFER_LANGUAGES)[number];

/** A partner's translation of the words a young person reads first: title, summary, how to take it up. */
export const offerTranslation = z.strictObject({
  title: oneLine(3, 120, "Title"),
  summary: plainText(10, 280, "Summary"),
  takeUpNotes: plainText(0, 1000, "How to take it up"),
});
export type OfferTranslation = z.infer<typeof offerTranslation>;

export const offerLanguages = z
  .strictObject({
    language: z.enum(OFFER_LANGUAGES, { error: "Choose the language you write in" }).default("en"),
    translations: z.partialRecord(z.enum(OFFER_LANGUAGES), offerTranslation).default({}),
  })
  .superRefine((value, ctx) => {
    if (value.translations[value.language]) {
      ctx.addIssue({
        code: "custom",
        path: ["translations", value.language, "title"],
        message: "This is the language you write in: change the other sections instead",
      });
    }
  });

/** The task list's sections, in order. */
export const offerSections = {
  basics: offerBasics,
  audience: offerAudience,
  when: offerWhen,
  where: offerWhere,
  takeUp: offerTakeUp,
  access: offerAccess,
  safeguarding: offerSafeguarding,
  languages: offerLanguages,
} as const;
export type OfferSection = keyof typeof offerSections;

/**
 * Everything a submission snapshots: every section, with each section's own cross-field rules
 * (spreading shapes alone would drop them, so they are re-applied here).
 */
export const offerContent = z
  .strictObject({
    ...offerBasics.shape,
    ...offerAudience.shape,
    ...offerWhen.shape,
    ...offerWhere.shape,
    ...offerTakeUp.shape,
    ...offerAccess.shape,
    ...offerSafeguarding.shape,
    ...offerLanguages.shape,
  })
  .superRefine((value, ctx) => {
    for (const schema of [offerAudience, offerTakeUp, offerLanguages]) {
      const slice = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, value[k as keyof typeof value]]));
      const result = schema.safeParse(slice);
      if (!result.success)
        for (const issue of result.error.issues)
          ctx.addIssue({ code: "custom", path: issue.path as PropertyKey[], message: issue.message });
    }
  });
export type OfferContent = z.infer<typeof offerContent>;
export type ScheduleItem = z.infer<typeof scheduleItem>;

/** Which sections of `content` are incomplete or invalid, with the first message of each. */
export function incompleteSections(content: unknown): Partial<Record<OfferSection, string>> {
  const missing: Partial<Record<OfferSection, string>> = {};
  const source = (content ?? {}) as Record<string, unknown>;
  for (const [name, schema] of Object.entries(offerSections) as [OfferSection, z.ZodType][]) {
    const keys = Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape);
    const slice = Object.fromEntries(keys.map((k) => [k, source[k]]));
    const result = schema.safeParse(slice);
    if (!result.success) missing[name] = result.error.issues[0]?.message ?? "Incomplete";
  }
  return missing;
}

/** A working draft: any sections may still be missing. */
export type OfferDraftContent = Partial<OfferContent>;

/** Names an organisation's offer. Procedure inputs are strict: unknown fields are refused. */
export const offerRef = { organisationId: id, offerId: id };
export const offerRefInput = z.strictObject(offerRef);

/** Saving one section of the task list; the values are checked by that section's schema. */
export const saveOfferSectionInput = z.discriminatedUnion("section", [
  z.strictObject({ ...offerRef, section: z.literal("basics"), values: offerBasics }),
  z.strictObject({ ...offerRef, section: z.literal("audience"), values: offerAudience }),
  z.strictObject({ ...offerRef, section: z.literal("when"), values: offerWhen }),
  z.strictObject({ ...offerRef, section: z.literal("where"), values: offerWhere }),
  z.strictObject({ ...offerRef, section: z.literal("takeUp"), values: offerTakeUp }),
  z.strictObject({ ...offerRef, section: z.literal("access"), values: offerAccess }),
  z.strictObject({ ...offerRef, section: z.literal("safeguarding"), values: offerSafeguarding }),
  z.strictObject({ ...offerRef, section: z.literal("languages"), values: offerLanguages }),
]);
export type SaveOfferSectionInput = z.infer<typeof saveOfferSectionInput>;

export const createOfferInput = z.strictObject({ organisationId: id, title: offerBasics.shape.title });

export const reviewDecisionInput = z.strictObject({
  revisionId: recordId(),
  outcome: z.enum(["APPROVED", "CHANGES_REQUESTED", "REJECTED"]),
  reason: z.string().trim().max(2000, "Keep the reason to 2000 characters or fewer").default(""),
});
export type ReviewDecisionInput = z.infer<typeof reviewDecisionInput>;
