/**
 * Youth voice on the portal: "Been? How was it?", "Suggest something", "Report a problem", and
 * the anonymous counters behind offer pages. Everything here is anonymous: no names, no contact
 * details. Free text is passed through `stripPersonalDetails` before it is saved, so an email
 * address or phone number a young person types by mistake is never stored.
 *
 * Messages are written for the youngest users (plain words, no jargon).
 */
import { z } from "zod";

export const REACTIONS = ["LOVED_IT", "GOOD", "OKAY", "NOT_FOR_ME"] as const;
export type ReactionValue = (typeof REACTIONS)[number];

export const REPORT_REASONS = [
  "WRONG_INFORMATION",
  "NOT_FREE",
  "CLOSED_OR_CANCELLED",
  "ACCESS_PROBLEM",
  "SAFETY_CONCERN",
  "PHOTO",
  "OTHER",
] as const;
export type ReportReasonValue = (typeof REPORT_REASONS)[number];

export const OFFER_EVENT_KINDS = ["view", "save", "take-up", "calendar"] as const;
export type OfferEventKind = (typeof OFFER_EVENT_KINDS)[number];

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point of this line
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A slug names a listing: lower-case letters, digits and hyphens. */
const slug = (what: string) =>
  z
    .string(`We couldn't tell which ${what} you mean. Please go back and try again.`)
    .min(1, `We couldn't tell which ${what} you mean. Please go back and try again.`)
    .max(200, `We couldn't tell which ${what} you mean. Please go back and try again.`)
    .regex(/^[a-z0-9-]+$/, `We couldn't tell which ${what} you mean. Please go back and try again.`);

/** Free text a young person writes: trimmed, length-limited, no hidden control characters. */
function youthText(min: number, max: number, tooShort: string, tooLong: string) {
  return z
    .string(tooShort)
    .trim()
    .min(min, tooShort)
    .max(max, tooLong)
    .refine((value) => !CONTROL_CHARACTERS.test(value), "Please use only normal letters, numbers and punctuation.");
}

/** "Been? How was it?" on one offer. */
export const offerFeedbackInput = z.strictObject({
  offerSlug: slug("activity"),
  reaction: z.enum(REACTIONS, "Pick how it was."),
  comment: youthText(
    0,
    300,
    "Please write your comment again.",
    "Please keep your comment to 300 letters or fewer.",
  ).optional(),
});
export type OfferFeedbackInput = z.infer<typeof offerFeedbackInput>;

/** "Suggest a place or activity". */
export const suggestionInput = z.strictObject({
  what: youthText(
    3,
    500,
    "Tell us a bit more about your idea (at least 3 letters).",
    "Please keep your idea to 500 letters or fewer.",
  ),
  where: youthText(0, 200, "Please write where again.", "Please keep where to 200 letters or fewer.").optional(),
  districtSlug: slug("area").optional(),
  categorySlug: slug("kind of activity").optional(),
});
export type SuggestionInput = z.infer<typeof suggestionInput>;

/** "Report a problem" with one offer. */
export const reportProblemInput = z.strictObject({
  offerSlug: slug("activity"),
  reason: z.enum(REPORT_REASONS, "Pick what the problem is."),
  details: youthText(
    0,
    1000,
    "Please write what happened again.",
    "Please keep this to 1000 letters or fewer.",
  ).default(""),
});
export type ReportProblemInput = z.infer<typeof reportProblemInput>;

/** One anonymous event on an offer page, for the daily counters. */
export const offerEventInput = z.strictObject({
  offerSlug: slug("activity"),
  kind: z.enum(OFFER_EVENT_KINDS, "That is not something we count."),
});
export type OfferEventInput = z.infer<typeof offerEventInput>;

export const REMOVED = "[removed]";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * UK phone numbers: "+44" (optionally "(0)") or a leading 0, then 9–10 more digits, with single
 * spaces, dashes or brackets between groups ("07700 900123", "+44 7700 900 123",
 * "0121-496-0000", "(0121) 496 0000"). Not part of a longer run of digits, so years, ages, times
 * and prices never match (they don't start with 0 or +44, or are far too short).
 */
const PHONE = /(?<![\d+])(?:\+\s?44[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d(?:[\s\-()]{0,2}\d){8,9}(?!\d)/g;

/**
 * Full UK postcodes ("B15 2TT", "b152tt", "SW1A 1AA"). Only full ones: an area on its own
 * ("B15") says little and is kept. The inward part is a digit then two letters, never C, I, K,
 * M, O or V (so "Y10 2pm" is kept); lower-case ordinals ("B1 3rd floor") are kept too.
 */
const POSTCODE =
  /(?<![A-Za-z0-9])([A-Za-z]{1,2}\d[A-Za-z\d]?) ?(\d)([ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![A-Za-z0-9])/g;
const ORDINAL = /^(?:st|nd|rd|th)$/;

/** Social media handles ("@sam_99"), once email addresses are gone: an @ starting a word. */
const HANDLE = /(?<![A-Za-z0-9._%+-])@[A-Za-z0-9_][A-Za-z0-9_.]{0,29}/g;

/** A capitalised name, one or two words ("Sam", "Sam O'Neil", "Anne-Marie Khan"). */
const NAME = String.raw`[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)?`;

/**
 * Obvious names: after words that introduce one ("my name is Sam Patel", "I'm Sam", "call me
 * Jo", "love from Amy", "my friend Kai", "Mr Khan"). Only a capitalised word counts, so "I'm
 * going" and "my friend said" are kept; the words before the name are kept too.
 */
const INTRODUCED_NAME = new RegExp(
  String.raw`(\b(?:[Mm]y\s+[Nn]ame(?:\s+is|['’]s)|[Nn]ame:|\b[Ii]\s+am|\b[Ii]['’]m|\b[Ii]m|[Cc]all\s+me|[Aa]sk\s+for|[Ll]ove\s+from|[Ff]rom\s+your|[Ss]igned|[Mm]y\s+(?:friend|best\s+friend|brother|sister|mate|cousin|teacher|coach|mum|dad)(?:\s+is|\s+called)?|(?:Mr|Mrs|Miss|Ms|Mx|Dr)\.?)\s+)(${NAME})`,
  "g",
);

/** Schools by name ("Holte School", "Perry Beeches Academy", "St Paul's Primary"). */
const SCHOOL =
  /\b(?:(?:St\.?|[A-Z][a-z'’]+)\s+){1,4}(?:School|Academy|College|Primary|Grammar|High School|Secondary)\b/g;

/**
 * Replaces obvious personal details (email addresses, UK phone numbers, full UK postcodes,
 * social media handles, introduced names, schools by name) with "[removed]". It can't catch
 * every name, so the forms also ask plainly not to write them. Says whether anything was
 * removed, so the portal can tell the person.
 */
export function stripPersonalDetails(text: string): { text: string; removed: boolean } {
  let removed = false;
  const replace = () => {
    removed = true;
    return REMOVED;
  };
  const result = text
    .replace(EMAIL, replace)
    .replace(PHONE, replace)
    .replace(POSTCODE, (match, _outward: string, _digit: string, letters: string) => {
      if (ORDINAL.test(letters)) return match;
      return replace();
    })
    .replace(HANDLE, replace)
    .replace(SCHOOL, replace)
    .replace(INTRODUCED_NAME, (_match, introduction: string) => `${introduction}${replace()}`);
  return { text: result, removed };
}
