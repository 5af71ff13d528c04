/**
 * Importing offers from a spreadsheet (CSV): the columns, what each holds, and the upload's
 * limits. Each row becomes the same `offerContent` the editor builds, so a row's problems are
 * the editor's own messages, named by column.
 */
import { z } from "zod";
import { recordId } from "./common.ts";

export const OFFER_IMPORT_LIMITS = { bytes: 1_000_000, rows: 500, reportedErrors: 200 } as const;

export const OFFER_IMPORT_COLUMNS = [
  { name: "title", required: true, about: "The offer's name, 3–120 characters." },
  { name: "summary", required: true, about: "One or two sentences, 10–280 characters." },
  { name: "description", required: false, about: "What happens, up to 5000 characters." },
  {
    name: "categories",
    required: true,
    about: "Category codes separated by ;, up to 5. The codes are listed on the “Suggest a category” page.",
  },
  { name: "min_age", required: true, about: "Youngest age, 0–25." },
  { name: "max_age", required: true, about: "Oldest age, 0–25." },
  {
    name: "alone_from_age",
    required: false,
    about: "From what age they can come without an adult; empty = always with an adult.",
  },
  { name: "cost", required: true, about: "free, or free-with-condition." },
  { name: "cost_condition", required: false, about: "The condition, when cost is free-with-condition." },
  { name: "venues", required: true, about: "Your venues' names (exactly as on your Venues page) separated by ;." },
  { name: "weekly_day", required: false, about: "monday … sunday for a weekly session; empty for one-off dates only." },
  { name: "start_time", required: true, about: "HH:MM, 24-hour." },
  { name: "end_time", required: true, about: "HH:MM, after the start." },
  { name: "from_date", required: false, about: "YYYY-MM-DD: the weekly session's first date (optional)." },
  { name: "to_date", required: false, about: "YYYY-MM-DD: the weekly session's last date (optional)." },
  {
    name: "one_off_dates",
    required: false,
    about: "YYYY-MM-DD dates separated by ;, each a session at start_time–end_time.",
  },
  { name: "cancelled_dates", required: false, about: "YYYY-MM-DD dates separated by ; on which it does not happen." },
  { name: "take_up", required: true, about: "turn-up, book-ahead, show-code or ask-at-desk." },
  { name: "booking_url", required: false, about: "https:// link, for book-ahead." },
  { name: "booking_phone", required: false, about: "Phone number, for book-ahead." },
  { name: "take_up_code", required: false, about: "The code, for show-code." },
  { name: "take_up_notes", required: false, about: "Anything else they need to know." },
  { name: "send_friendly", required: false, about: "yes or no (empty = no)." },
  { name: "quiet_sessions", required: false, about: "yes or no (empty = no)." },
  { name: "access_notes", required: false, about: "Access information." },
  { name: "dbs_checked_staff", required: false, about: "yes or no (empty = no)." },
  { name: "safeguarding_notes", required: false, about: "How you keep young people safe." },
] as const;
export type OfferImportColumn = (typeof OFFER_IMPORT_COLUMNS)[number]["name"];

export const offerImportInput = z.strictObject({
  organisationId: recordId(),
  csv: z
    .string()
    .max(OFFER_IMPORT_LIMITS.bytes, "The file is too big: up to 1 MB (about 500 offers). Split it into smaller files."),
});

export type OfferImportProblem = { row: number; column: string; message: string };
