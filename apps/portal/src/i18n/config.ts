/**
 * The portal's languages. English is served at the root ("/search"); every other language under
 * its own prefix ("/ur/search"), so a page's address says its language: shareable, cacheable,
 * and no cookie is needed to remember a choice.
 */
// The languages module alone: this file is also used in the browser (the language link).
import { intlTag, type WordLocale } from "@free-city/words/languages";

// In the order of how many people in Birmingham speak them at home (2021 census), after English.
export const LOCALES = ["en", "ur", "bn", "ar", "pl"] as const satisfies readonly WordLocale[];
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

type LocaleInfo = {
  /** The `lang` attribute: BCP 47, so screen readers pick the right voice. */
  lang: string;
  dir: "ltr" | "rtl";
  /** The language's name in its own language and script, for the language menu. */
  name: string;
  /** The tag given to Intl (numbers, plurals): the language with its digits (see @free-city/words). */
  intl: string;
};

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { lang: "en-GB", dir: "ltr", name: "English", intl: intlTag("en") },
  // Urdu is the most widely spoken language in Birmingham after English (2021 census).
  ur: { lang: "ur", dir: "rtl", name: "اردو", intl: intlTag("ur") },
  bn: { lang: "bn", dir: "ltr", name: "বাংলা", intl: intlTag("bn") },
  ar: { lang: "ar", dir: "rtl", name: "العربية", intl: intlTag("ar") },
  pl: { lang: "pl", dir: "ltr", name: "Polski", intl: intlTag("pl") },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The address of `path` ("/search?q=x") in `locale`. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** A path without its language prefix, and the language it names. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const [, first, ...rest] = path.split("/");
  if (isLocale(first) && first !== DEFAULT_LOCALE) return { locale: first, path: `/${rest.join("/")}` };
  return { locale: DEFAULT_LOCALE, path };
}
