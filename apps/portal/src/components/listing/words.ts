/**
 * Listing facts in words a ten-year-old reads. One place for each wording, so the offer page,
 * the venue page and the cards always say the same thing the same way.
 */
import { type CostType, todayInCity } from "@free-city/db";
import { dateWords, type WordLocale } from "@free-city/words";
import { createElement, type ReactNode } from "react";
import { SLOT, withSlot } from "~/components/text/marked";
import type { I18n } from "~/i18n/server";

type Translate = I18n["t"];

/** "Ages 9 to 14", "Age 12", "Age 16 and over", "Up to age 11", "All ages". */
export function ageWords(t: Translate, minAge: number | null, maxAge: number | null): string {
  if (minAge !== null && maxAge !== null)
    return minAge === maxAge ? t("words.ageExact", { age: minAge }) : t("words.ageRange", { min: minAge, max: maxAge });
  if (minAge !== null) return t("words.ageFrom", { age: minAge });
  if (maxAge !== null) return t("words.ageUpTo", { age: maxAge });
  return t("words.ageAll");
}

/** Whether a young person may come without an adult, in one sentence. */
export function aloneWords(t: Translate, aloneFromAge: number | null, minAge: number | null): string {
  if (aloneFromAge === null) return t("words.aloneNo");
  if (minAge !== null && aloneFromAge <= minAge) return t("words.aloneYes");
  return t("words.aloneFrom", { age: aloneFromAge });
}

/**
 * "Free", or "Free: <condition>". Partners often start the condition with "Free…" already
 * ("Free with a library card"); then it is shown as it is, not as "Free: Free with…".
 */
export function costWords(
  t: Translate,
  costType: CostType,
  costCondition: string | null,
  /** The partner's language, when it is not the page's (the condition is the partner's words). */
  partner: { lang?: string; dir?: "ltr" | "rtl" } = {},
): ReactNode {
  const condition = costCondition?.trim();
  if (costType === "FREE" || !condition) return t("words.free");
  const marked = createElement("span", partner, condition);
  return /^free\b/i.test(condition) ? marked : withSlot(t("words.freeWith", { condition: SLOT }), marked);
}

type Address = { addressLine1: string; addressLine2: string | null; town: string; postcode: string };

/** A venue's address as the lines of a letter. */
export function addressLines(venue: Address): string[] {
  return [venue.addressLine1, venue.addressLine2, venue.town, venue.postcode].filter((line): line is string =>
    Boolean(line),
  );
}

/** A venue's address on one line, e.g. for "Directions:" and for copying into a maps app. */
export function addressLine(venue: Address): string {
  return addressLines(venue).join(", ");
}

/** A `tel:` link target: the digits (and a leading +) of a phone number as people write it. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/** Only ordinary web links are ever rendered from partner data (never javascript: or data:). */
export function safeWebUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** "3 December" (with the year when needed): the date in the city of a moment, e.g. a last check. */
export function checkedWords(at: Date, today: string, locale: WordLocale = "en"): string {
  return dateWords(todayInCity(at), today, locale);
}
