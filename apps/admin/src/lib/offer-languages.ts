import type { OfferLanguage } from "@free-city/schemas";

/** Each portal language by its own name (as young people see it in the language menu) and in English. */
export const OFFER_LANGUAGE_NAMES: Record<OfferLanguage, { own: string; english: string; dir: "ltr" | "rtl" }> = {
  en: { own: "English", english: "English", dir: "ltr" },
  ur: { own: "اردو", english: "Urdu", dir: "rtl" },
  bn: { own: "বাংলা", english: "Bengali", dir: "ltr" },
  ar: { own: "العربية", english: "Arabic", dir: "rtl" },
  pl: { own: "Polski", english: "Polish", dir: "ltr" },
};
