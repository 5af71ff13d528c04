import { createTranslator, type Messages } from "use-intl/core";
import { describe, expect, it } from "vitest";
import ar from "../../messages/ar.json";
import bn from "../../messages/bn.json";
import en from "../../messages/en.json";
import pl from "../../messages/pl.json";
import ur from "../../messages/ur.json";
import { ERROR_WORDS } from "../components/error-words";
import { LOCALE_INFO, LOCALES, type Locale } from "./config";

type Tree = { [key: string]: string | Tree };
const CATALOGUES: Record<Locale, Tree> = { en, ur, bn, ar, pl };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The ICU arguments and tags a message uses: {name}, {count, plural, …}, <strong>. */
function argumentsOf(message: string): string[] {
  const names = [...message.matchAll(/\{\s*([a-zA-Z]+)\s*[,}]/g)].map((m) => m[1]!);
  const tags = [...message.matchAll(/<([a-z]+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...names, ...tags])].sort();
}

const translator = (locale: Locale) =>
  createTranslator({
    locale: LOCALE_INFO[locale].intl as Locale,
    messages: CATALOGUES[locale] as unknown as Messages,
    onError: (error) => {
      throw error;
    },
  });

describe("UI messages", () => {
  const english = flatten(en as Tree);

  it("has a catalogue for every language of the portal", () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    const other = flatten(CATALOGUES[locale]);

    it(`has exactly the English keys in ${locale}, no more and no fewer`, () => {
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it(`uses the same placeholders in ${locale}, so no value goes missing in translation`, () => {
      for (const [key, message] of english)
        expect(argumentsOf(other.get(key) ?? ""), key).toEqual(argumentsOf(message));
    });

    it(`has no empty strings and no English left untranslated in ${locale}`, () => {
      for (const [key, message] of other) {
        expect(message.trim(), key).not.toBe("");
        // The same words as the English are fine only for names and codes (Free City in Polish, "link").
        if (message === english.get(key) && message.length > 12)
          expect.fail(`${locale} ${key} is the English: ${message}`);
      }
    });

    it(`formats every message in ${locale} with sample values`, () => {
      const t = translator(locale);
      const values = {
        ...{ count: 3, n: "3", name: "X", district: "Y", city: "Z", q: "q", age: 9, min: 8, max: 12 },
        ...{
          date: "D",
          miles: "2",
          page: 1,
          pages: 2,
          town: "T",
          title: "T",
          condition: "C",
          phone: "0",
          districts: "Y",
          emergency: "999",
          helpline: "H",
          language: "L",
        },
      };
      const rich = { strong: (c: unknown) => c, link: (c: unknown) => c };
      for (const key of english.keys())
        expect(() => (t.rich as (k: string, v: object) => unknown)(key, { ...values, ...rich }), key).not.toThrow();
    });
  }

  it("says Polish plurals in all their forms (one, few, many)", () => {
    const t = translator("pl");
    const things = (count: number) => t("common.thingsToDo", { count, n: String(count) });
    expect(things(1)).toBe("1 darmowa rzecz do zrobienia");
    expect(things(3)).toBe("3 darmowe rzeczy do zrobienia");
    expect(things(5)).toBe("5 darmowych rzeczy do zrobienia");
    expect(things(22)).toBe("22 darmowe rzeczy do zrobienia");
    expect(things(25)).toBe("25 darmowych rzeczy do zrobienia");
  });

  it("says Arabic plurals in all their forms (one, two, few, many, other)", () => {
    const t = translator("ar");
    const places = (count: number) => t("offer.places", { count, n: String(count) });
    expect(places(1)).toBe("مكان واحد");
    expect(places(2)).toBe("مكانان");
    expect(places(3)).toBe("3 أماكن");
    expect(places(10)).toBe("10 أماكن");
    expect(places(11)).toBe("11 مكانًا");
    expect(places(100)).toBe("100 مكان");
    expect(t("search.optionCount", { count: 0, n: "0" })).toBe("لا نتائج");
    expect(t("search.optionCount", { count: 2, n: "2" })).toBe("نتيجتان");
  });

  it("writes numbers with each language's digits", () => {
    const digits = (locale: Locale) => translator(locale)("words.ageRange", { min: 8, max: 12 });
    expect(digits("bn")).toBe("বয়স ৮ থেকে ১২");
    expect(digits("ur")).toMatch(/8.*12/);
    expect(digits("ar")).toMatch(/8.*12/);
  });

  it("gives the error page (which renders in the browser) the catalogues' own words", () => {
    for (const locale of LOCALES) {
      const errors = (CATALOGUES[locale] as { errors: Record<string, string> }).errors;
      expect(ERROR_WORDS[locale], locale).toEqual({
        title: errors.errorTitle,
        body: errors.errorBody,
        retry: errors.retry,
        home: errors.home,
      });
    }
  });
});
