/**
 * The portal's languages. English is served at the root ("/search"); every other language under
 * its own prefix ("/ur/search"), so a page's address says its language: shareable, cacheable,
 * and no cookie is needed to remember a choice.
 */
export const LOCALES = ["en", "ur"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export const LOCALE_INFO: Record<Locale, { lang: string; dir: "ltr" | "rtl"; name: string }> = {
  en: { lang: "en-GB", dir: "ltr", name: "English" },
  // Urdu is the most widely spoken language in Birmingham after English (2021 census).
  ur: { lang: "ur", dir: "rtl", name: "اردو" },
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
