import { z } from "zod";

/** The city's time zone: every "today", date and time shown or stored as a calendar date is in it. */
export const CITY_TIME_ZONE = "Europe/London";

/**
 * A reference to a row (a cuid, or a test's readable id): letters, digits, "-" and "_" only, so
 * nothing odd (a NUL byte, a line break) ever reaches a database query as an id.
 */
export function recordId(message = "That reference is not valid. Go back and try again.") {
  return z
    .string(message)
    .min(1, message)
    .max(40, message)
    .regex(/^[A-Za-z0-9_-]+$/, message);
}

/** A slug naming a page in an address: lower-case letters, digits and hyphens only. */
export function slugParam(max = 200) {
  return z
    .string()
    .min(1)
    .max(max)
    .regex(/^[a-z0-9-]+$/);
}

/** "HH:MM", 24-hour. */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time like 10:00 or 15:30");
/** "YYYY-MM-DD". */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date like 2026-12-20");

export function toMinutes(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function fromMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * Partner free text: trimmed, length-limited, no control characters. Stored as given and always
 * rendered escaped, so markup in it is harmless text, never HTML.
 */
export function plainText(min: number, max: number, label: string) {
  return z
    .string()
    .trim()
    .min(min, min === 1 ? `Enter ${label.toLowerCase()}` : `${label} must be at least ${min} characters`)
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point of this check
      (value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value),
      `${label} contains characters that are not allowed`,
    );
}

/**
 * A one-line field (a title, a name, an address line): plain text that also refuses line breaks,
 * which have no place in it and would split a line in a calendar file or an email header.
 */
export function oneLine(min: number, max: number, label: string) {
  return plainText(min, max, label).refine(
    (value) => !/[\r\n\u0085\u2028\u2029]/.test(value),
    `${label} must be on one line`,
  );
}

export const email = z.email("Enter an email address like name@example.org").trim().toLowerCase().max(254);
