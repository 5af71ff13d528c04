import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEEDS_DIR } from "../paths.ts";
import { loadReferenceSeeds } from "./load.ts";
import { englishFingerprint, loadTranslationSeeds } from "./translations.ts";

const LANGUAGES = ["ur", "bn", "ar", "pl"];

describe("the city's words in other languages (seeds/translations)", () => {
  const translations = loadTranslationSeeds(SEEDS_DIR);

  it("has a valid file for every language of the portal besides English", () => {
    expect([...translations.keys()].sort()).toEqual([...LANGUAGES].sort());
  });

  it("translates every category, district summary, school holiday and page title and summary", async () => {
    const seeds = await loadReferenceSeeds();
    const english = [
      ...seeds.categories.flatMap((c) => [c.name, c.description, ...c.children.map((child) => child.name)]),
      ...seeds.districts.map((d) => d.summary),
      ...seeds.schoolHolidays.map((h) => h.name),
      ...seeds.contextPages.flatMap((p) => [p.title, p.summary]),
    ].filter(Boolean);
    for (const [language, seed] of translations) {
      const missing = english.filter((text) => !seed.strings[text]);
      expect(missing, language).toEqual([]);
    }
  });

  it("says, for each translated page, which English version it follows, and that is the English page as it is now", async () => {
    const seeds = await loadReferenceSeeds();
    const pages = new Map(seeds.contextPages.map((p) => [p.slug, p.body]));
    for (const [language, seed] of translations) {
      for (const [slug, page] of Object.entries(seed.pages)) {
        const english = pages.get(slug);
        expect(english, `${language}/${slug} translates a page that exists`).toBeDefined();
        expect(
          page.follows.version,
          `${language}/${slug}: run the fingerprint again after checking the translation`,
        ).toBe(englishFingerprint(english ?? ""));
      }
    }
  });

  it("keeps each page's placeholders (every phone number and email) and links its own language's pages", () => {
    // Opening hours and the partner team's name ("Free City partnerships team", a description
    // rather than a name) are English words in seeds/city.json: a translation says them in its own words.
    const inWords = new Set(["partnerTeamHours", "safeguardingHours", "partnerTeamName"]);
    const placeholders = (text: string) =>
      [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? ""))].filter((n) => !inWords.has(n)).sort();
    for (const [language, seed] of translations) {
      for (const [slug, body] of Object.entries(seed.bodies)) {
        const english = readFileSync(path.join(SEEDS_DIR, "context-pages", `${slug}.md`), "utf8");
        expect(placeholders(body), `${language}/${slug}`).toEqual(placeholders(english));
        // A link to another context page stays in the reader's language.
        for (const [, href] of body.matchAll(/\]\((\/[^)]*)\)/g))
          expect(href, `${language}/${slug}`).toMatch(new RegExp(`^/${language}/`));
      }
    }
  });

  it("notices an English page that changed after it was translated", () => {
    expect(englishFingerprint("Hello\n")).toBe(englishFingerprint("Hello  \r\n"));
    expect(englishFingerprint("Hello")).not.toBe(englishFingerprint("Hello, world"));
  });

  it("names the file and the field of a bad translation", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "free-city-translations-"));
    await mkdir(path.join(dir, "translations"));
    writeFileSync(
      path.join(dir, "translations", "ur.json"),
      JSON.stringify({ strings: {}, pages: { privacy: { follows: { version: "nope", date: "2026-11-28" } } } }),
    );
    expect(() => loadTranslationSeeds(dir)).toThrow(/translations\/ur\.json, pages\.privacy\.follows\.version/);
  });
});
