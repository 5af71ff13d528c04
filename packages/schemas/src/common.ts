import { z } from "zod";

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

export const email = z.email("Enter an email address like name@example.org").trim().toLowerCase().max(254);
