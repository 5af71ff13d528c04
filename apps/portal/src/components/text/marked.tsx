import { Fragment, type ReactNode } from "react";
import type { CityText } from "~/server/city-words";

/**
 * Text in another language than the page's carries its own `lang` (and `dir`), so a screen
 * reader reads it in the right voice (WCAG 3.1.2) and it lines up the right way.
 */
export const ENGLISH = { lang: "en-GB", dir: "ltr" } as const;

/** The language partners write in. They write in English for now; when they can declare another, pass it here. */
export const PARTNER_LANGUAGE = "en";

/** `lang`/`dir` for partner text on a page in `pageLocale`: nothing when the page is in the partner's language. */
export function partnerAttrs(pageLocale: string, partnerLanguage: string = PARTNER_LANGUAGE) {
  if (pageLocale === partnerLanguage) return {};
  return partnerLanguage === "en" ? ENGLISH : { lang: partnerLanguage };
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
