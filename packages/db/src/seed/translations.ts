import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DatabaseError } from "../errors.ts";

/**
 * The city's own words in the portal's other languages (seeds/translations/<language>.json and
 * seeds/translations/<language>/<page>.md). Data, not code, like the rest of seeds/: a city
 * changes them by changing the files.
 *
 * Short texts (category names and descriptions, district summaries, school holiday names, the
 * context pages' titles and summaries) are kept by their English words: when staff change the
 * English, the old translation no longer matches and the portal shows the new English instead of
 * a translation of something that is no longer said. A context page's translation says which
 * English version it follows (a fingerprint of the English Markdown, and its date); when the
 * English page changes, the portal shows the English page with a note until the translation is
 * brought up to date.
 */
export const translationSeed = z.strictObject({
  /** English words → the same in this language. */
  strings: z.record(z.string().min(1), z.string().min(1)),
  /** Context pages by slug: the English version each translation follows. */
  pages: z.record(
    z.string(),
    z.strictObject({
      follows: z.strictObject({
        /** `englishFingerprint` of the English page's Markdown. */
        version: z.string().regex(/^[0-9a-f]{12}$/, "must be 12 hex digits (englishFingerprint of the English page)"),
        /** The day the English version was written or last changed, as the reader is told. */
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD"),
      }),
    }),
  ),
});

export type TranslationSeed = z.infer<typeof translationSeed> & {
  /** The translated Markdown of each page in `pages`. */
  bodies: Record<string, string>;
};

/** A short fingerprint of an English text: the same text (ignoring spaces at the ends of lines) gives the same value. */
export function englishFingerprint(text: string): string {
  const normalised = text
    .replace(/\r\n/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
  return createHash("sha256").update(normalised).digest("hex").slice(0, 12);
}

/**
 * Every language's translations in `seedsDir` (validated), by language code. A language with no
 * file has no translations: the portal shows the English, marked as English.
 */
export function loadTranslationSeeds(seedsDir: string): Map<string, TranslationSeed> {
  const dir = path.join(seedsDir, "translations");
  const out = new Map<string, TranslationSeed>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".json"))) {
    const locale = file.slice(0, -".json".length);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    } catch (error) {
      throw new DatabaseError(
        "SEED_INVALID",
        `Seed file translations/${file} is not valid JSON: ${(error as Error).message}`,
      );
    }
    const result = translationSeed.safeParse(json);
    if (!result.success) {
      const [issue = { path: [], message: "is not valid" }] = result.error.issues;
      throw new DatabaseError(
        "SEED_INVALID",
        `Seed file translations/${file}, ${issue.path.join(".")}: ${issue.message}.`,
      );
    }
    const bodies: Record<string, string> = {};
    for (const slug of Object.keys(result.data.pages)) {
      const body = path.join(dir, locale, `${slug}.md`);
      if (!existsSync(body))
        throw new DatabaseError(
          "SEED_INVALID",
          `Translation of page ${slug} has no file translations/${locale}/${slug}.md.`,
        );
      bodies[slug] = readFileSync(body, "utf8");
    }
    out.set(locale, { ...result.data, bodies });
  }
  return out;
}
