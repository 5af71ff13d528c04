import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { createTranslator, type Messages } from "use-intl/core";
import { partnerAttrs } from "~/components/text/marked";
import { cityWordsFor } from "~/server/city-words";
import ar from "../../messages/ar.json";
import bn from "../../messages/bn.json";
import en from "../../messages/en.json";
import pl from "../../messages/pl.json";
import ur from "../../messages/ur.json";
import { isLocale, LOCALE_INFO, type Locale, localePath } from "./config";
import { LOCALE_HEADER, ORIGINAL_PATH_HEADER } from "./proxy-headers";

const MESSAGES = { en, ur, bn, ar, pl } as const satisfies Record<Locale, unknown>;

/**
 * The translator for a page. Strings are translated on the server only: client components get
 * the words they show as props, so no message catalogue is shipped to the browser.
 */
export async function getI18n(params: Promise<{ locale: string }>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return i18nFor(locale);
}

/**
 * One translator per language for the life of the process, not one per request: use-intl keeps
 * each message's parsed form and its Intl formatters in the translator, so a fresh translator
 * would parse every message again for every page (the largest part of rendering under load).
 * It depends on the language alone (never on the visitor), so sharing it is safe.
 */
const translators = new Map<Locale, ReturnType<typeof makeI18n>>();

export function i18nFor(locale: Locale) {
  let i18n = translators.get(locale);
  if (!i18n) {
    i18n = makeI18n(locale);
    translators.set(locale, i18n);
  }
  return i18n;
}

function makeI18n(locale: Locale) {
  const info = LOCALE_INFO[locale];
  // Numbers and plurals by the language's own rules, with its digits (info.intl, e.g. Bengali ০১২).
  const t = createTranslator({ locale: info.intl as Locale, messages: MESSAGES[locale] as unknown as Messages });
  const number = new Intl.NumberFormat(info.intl);
  return {
    locale,
    t,
    ...info,
    /** A link target in this language. */
    href: (path: string) => localePath(locale, path),
    formatNumber: (value: number) => number.format(value),
    /** The city's own words (categories, districts, pages) in this language, or English marked as such. */
    city: cityWordsFor(locale),
    /** `lang`/`dir` for text a partner wrote, when it is not in this page's language. */
    partner: partnerAttrs(locale),
  };
}
export type I18n = ReturnType<typeof makeI18n>;

/** The address (path and query, without the language prefix) this request was made to. */
export async function currentPath(): Promise<string> {
  return (await headers()).get(ORIGINAL_PATH_HEADER) ?? "/";
}

/** The language of this request's address (for pages without params, like "not found"). */
export async function requestLocale(): Promise<Locale> {
  const locale = (await headers()).get(LOCALE_HEADER);
  return isLocale(locale) ? locale : "en";
}

declare module "use-intl/core" {
  interface AppConfig {
    Messages: typeof en;
    Locale: Locale;
  }
}
