import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { englishFingerprint, loadTranslationSeeds, type TranslationSeed } from "@free-city/db/seed/translations";
import type { Locale } from "~/i18n/config";

/**
 * The city's own words (category names, district summaries, context pages) in the reader's
 * language, from seeds/translations (see @free-city/db/seed/translations). Read once per process.
 */
let loaded: Map<string, TranslationSeed> | null = null;

function translations(): Map<string, TranslationSeed> {
  if (loaded) return loaded;
  // The app runs from apps/portal (next start) or the repository root (tests, tools).
  const seeds = [path.join(process.cwd(), "seeds"), path.join(process.cwd(), "../../seeds")].find((dir) =>
    existsSync(path.join(dir, "city.json")),
  );
  loaded = seeds ? loadTranslationSeeds(seeds) : new Map();
  return loaded;
}

/** A piece of the city's text: in the reader's language, or the English when there is no translation (`english`). */
export type CityText = { text: string; english: boolean };

export type ContextPageText =
  | { kind: "translated"; body: string; follows: string }
  | { kind: "english"; reason: "missing" | "outdated" };

export function cityWordsFor(locale: Locale) {
  const seed = locale === "en" ? undefined : translations().get(locale);
  return {
    /** `english` in this language; the English itself (marked `english`) when it has no translation. */
    text(english: string): CityText {
      if (locale === "en" || !english) return { text: english, english: false };
      const translated = seed?.strings[english];
      return translated ? { text: translated, english: false } : { text: english, english: true };
    },
    /**
     * A context page's body in this language, if its translation follows the English page as it
     * is now (`englishTemplate`, the Markdown as written), with its placeholders filled in.
     */
    page(slug: string, englishTemplate: string, placeholders: Record<string, string>): ContextPageText {
      const page = seed?.pages[slug];
      const body = seed?.bodies[slug];
      if (!page || !body) return { kind: "english", reason: "missing" };
      if (page.follows.version !== englishFingerprint(englishTemplate)) return { kind: "english", reason: "outdated" };
      // Phone numbers isolated left to right (U+2066 … U+2069), so "0121 303 1111" keeps its order
      // on a right-to-left page.
      const filled = body.replace(/\{\{(\w+)\}\}/g, (match, key: string) => {
        const value = placeholders[key];
        if (value === undefined) return match;
        return key.endsWith("Phone") ? `\u2066${value}\u2069` : value;
      });
      return { kind: "translated", body: filled, follows: page.follows.date };
    },
  };
}
export type CityWords = ReturnType<typeof cityWordsFor>;
