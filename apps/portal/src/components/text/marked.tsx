import { Fragment, type ReactNode } from "react";
import type { CityText } from "~/server/city-words";

/**
 * Text in another language than the page's carries its own `lang` (and `dir`), so a screen
 * reader reads it in the right voice (WCAG 3.1.2) and it lines up the right way.
 */
export const ENGLISH = { lang: "en-GB", dir: "ltr" } as const;

/** The language partner text is in unless the partner said otherwise (an offer's `language`). */
export const PARTNER_LANGUAGE = "en";

const RIGHT_TO_LEFT = new Set(["ur", "ar"]);

/** `lang`/`dir` for partner text on a page in `pageLocale`: nothing when the page is in the partner's language. */
export function partnerAttrs(pageLocale: string, partnerLanguage: string = PARTNER_LANGUAGE) {
  if (pageLocale === partnerLanguage) return {};
  if (partnerLanguage === "en") return ENGLISH;
  return { lang: partnerLanguage, dir: RIGHT_TO_LEFT.has(partnerLanguage) ? ("rtl" as const) : ("ltr" as const) };
}

type Translations = Partial<Record<string, { title: string; summary: string; takeUpNotes?: string }>>;

/**
 * An offer's first words (name, summary, how to take it up) for a reader of `pageLocale`: the
 * partner's own translation into that language when there is one (it was reviewed like the rest),
 * else the words as written, marked with their language. `original` marks everything else the
 * partner wrote (the description, say), which is never translated.
 */
export function offerWordsFor(
  offer: { title: string; summary: string; takeUpNotes?: string; language: string; translations: unknown },
  pageLocale: string,
) {
  const original = partnerAttrs(pageLocale, offer.language);
  const translation = (offer.translations as Translations | null)?.[pageLocale];
  if (!translation) {
    return {
      title: offer.title,
      summary: offer.summary,
      takeUpNotes: offer.takeUpNotes ?? "",
      attrs: original,
      takeUpAttrs: original,
      translated: false,
      original,
    };
  }
  const takeUpTranslated = Boolean(translation.takeUpNotes) || !offer.takeUpNotes;
  return {
    title: translation.title,
    summary: translation.summary,
    takeUpNotes: takeUpTranslated ? (translation.takeUpNotes ?? "") : (offer.takeUpNotes ?? ""),
    attrs: {},
    takeUpAttrs: takeUpTranslated ? {} : original,
    translated: true,
    original,
  };
}

/** The city's text: a translation as it is, or the English fallback marked as English. */
export function City({ value }: { value: CityText }) {
  return value.english ? <span {...ENGLISH}>{value.text}</span> : value.text;
}

/** A character no translation contains: where a name goes in a translated sentence. */
export const SLOT = "\uE000";

/**
 * A translated sentence with something marked in it (a partner's name, in its own language):
 * translate with `SLOT` as the value (with `t` or `t.rich`), then the slot is replaced by `node`.
 */
export function withSlot(sentence: ReactNode, node: ReactNode): ReactNode {
  if (typeof sentence === "string") {
    const parts = sentence.split(SLOT);
    return parts.flatMap((part, i) => (i === 0 ? [part] : [<Fragment key={`slot-${i}`}>{node}</Fragment>, part]));
  }
  if (Array.isArray(sentence))
    return sentence.map((piece, i) => <Fragment key={`piece-${i}`}>{withSlot(piece as ReactNode, node)}</Fragment>);
  return sentence;
}
