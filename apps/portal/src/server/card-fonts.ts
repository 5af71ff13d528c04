import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";

/**
 * The fonts a shared link's card is drawn with, all self-hosted (@fontsource): Noto Naskh Arabic's
 * Latin letters (English, Polish), Vazirmatn for Arabic script (Urdu, Arabic) and Noto Sans
 * Bengali for Bengali.
 *
 * next/og draws a letter none of its fonts has by fetching a font from Google Fonts (or an emoji
 * picture from a CDN) while the card is drawn. The card must fetch nothing from anyone, so each
 * font file is loaded under its own name (next/og keeps one file per name, weight and style: three
 * subsets under one name would leave two unused) and the text keeps only the letters these files
 * have (`drawableText`), read from each file's own character map.
 */
const CARD_FONT_FILES = [
  { name: "Card Latin", package: "noto-naskh-arabic", file: "noto-naskh-arabic-latin-700-normal.woff" },
  { name: "Card Latin Extended", package: "noto-naskh-arabic", file: "noto-naskh-arabic-latin-ext-700-normal.woff" },
  // Noto Naskh Arabic's Arabic letters need a substitution next/og's font reader lacks
  // (GSUB lookup 5.3: it throws); Vazirmatn's join with what it has, Urdu letters included.
  { name: "Card Arabic", package: "vazirmatn", file: "vazirmatn-arabic-700-normal.woff" },
  { name: "Card Bengali", package: "noto-sans-bengali", file: "noto-sans-bengali-bengali-700-normal.woff" },
] as const;

export type CardFont = { name: string; data: Buffer; weight: 700; style: "normal"; characters: Set<number> };

let loaded: CardFont[] | null = null;

/**
 * Where a font file of an @fontsource package is: the app runs from apps/portal (next start), the
 * repository root (tests, tools) or a standalone bundle, whose traced packages keep only pnpm's
 * store layout (node_modules/.pnpm/@fontsource+<name>@<version>/…), without the usual link.
 */
export function findFontFile(pkg: string, file: string, from = process.cwd()): string | undefined {
  const bases: string[] = [];
  for (let dir = from, up = 0; up < 4; up++, dir = path.dirname(dir)) bases.push(dir, path.join(dir, "apps/portal"));
  for (const base of bases) {
    const linked = path.join(base, "node_modules/@fontsource", pkg, "files", file);
    if (existsSync(linked)) return linked;
    const store = path.join(base, "node_modules/.pnpm");
    if (!existsSync(store)) continue;
    for (const entry of readdirSync(store)) {
      if (!entry.startsWith(`@fontsource+${pkg}@`)) continue;
      const stored = path.join(store, entry, "node_modules/@fontsource", pkg, "files", file);
      if (existsSync(stored)) return stored;
    }
  }
  return undefined;
}

/** The card's fonts, read once. */
export function cardFonts(): CardFont[] {
  loaded ??= CARD_FONT_FILES.map((font) => {
    const file = findFontFile(font.package, font.file);
    if (!file) throw new Error(`The card font @fontsource/${font.package} is not installed.`);
    const data = readFileSync(file);
    return { name: font.name, data, weight: 700, style: "normal", characters: woffCharacters(data) };
  });
  return loaded;
}

/** The card's font family; next/og falls back to the others in the order they were given. */
export const CARD_FONT_FAMILY = CARD_FONT_FILES[0].name;

/**
 * `text` without what the card's fonts cannot draw (emoji, symbols, other scripts), so next/og
 * never reaches for a font elsewhere. next/og takes one font per grapheme, the first that has
 * its first character; the grapheme keeps the characters that font has.
 */
export function drawableText(text: string, fonts: Pick<CardFont, "characters">[] = cardFonts()): string {
  const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
  let kept = "";
  for (const { segment } of segmenter.segment(text.normalize("NFC"))) {
    const first = segment.codePointAt(0) ?? 0;
    if (/\s/.test(segment)) {
      kept += " ";
      continue;
    }
    const font = fonts.find((f) => f.characters.has(first));
    if (!font) continue;
    kept += Array.from(segment)
      .filter((char) => font.characters.has(char.codePointAt(0) ?? 0))
      .join("");
  }
  return kept.replace(/ {2,}/g, " ").trim();
}

/**
 * The characters a WOFF 1.0 font maps to a glyph: its `cmap` table (zlib-compressed when smaller),
 * subtables of format 4 (the Basic Multilingual Plane) and 12 (all of Unicode).
 */
export function woffCharacters(woff: Buffer): Set<number> {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("Not a WOFF font.");
  const tables = woff.readUInt16BE(12);
  let cmap: Buffer | null = null;
  for (let i = 0; i < tables; i++) {
    const entry = 44 + i * 20;
    if (woff.toString("latin1", entry, entry + 4) !== "cmap") continue;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const original = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compressed);
    cmap = compressed < original ? inflateSync(raw) : raw;
  }
  if (!cmap) throw new Error("The font has no character map.");
  const characters = new Set<number>();
  const subtables = cmap.readUInt16BE(2);
  for (let i = 0; i < subtables; i++) {
    const at = cmap.readUInt32BE(4 + i * 8 + 4);
    const format = cmap.readUInt16BE(at);
    if (format === 4) readFormat4(cmap, at, characters);
    else if (format === 12) readFormat12(cmap, at, characters);
  }
  return characters;
}

function readFormat4(cmap: Buffer, at: number, characters: Set<number>) {
  const segments = cmap.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = cmap.readUInt16BE(ends + s * 2);
    const start = cmap.readUInt16BE(starts + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
    for (let char = start; char <= end && char !== 0xffff; char++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (char + delta) & 0xffff;
      else {
        glyph = cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (char - start) * 2);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) characters.add(char);
    }
  }
}

function readFormat12(cmap: Buffer, at: number, characters: Set<number>) {
  const groups = cmap.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    const start = cmap.readUInt32BE(group);
    const end = cmap.readUInt32BE(group + 4);
    const glyph = cmap.readUInt32BE(group + 8);
    for (let char = start; char <= end; char++) if (glyph + (char - start) !== 0) characters.add(char);
  }
}

/** Arabic-script letters (Urdu, Arabic): a text starting with one reads right to left. */
const RIGHT_TO_LEFT = /[\u0600-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const FIRST_STRONG = /[\p{L}]/u;

/**
 * next/og joins Arabic letters and draws each word right to left, but lays the words out left to
 * right. A right-to-left text is given as runs in reading order, to lay out from the right: each
 * Arabic-script word one run, consecutive other words (a name in Latin letters) one run together.
 */
export function readingRuns(text: string): { rightToLeft: boolean; runs: string[] } {
  const first = FIRST_STRONG.exec(text)?.[0] ?? "";
  if (!RIGHT_TO_LEFT.test(first)) return { rightToLeft: false, runs: [text] };
  const runs: string[] = [];
  let other: string[] = [];
  for (const word of text.split(" ").filter(Boolean)) {
    if (RIGHT_TO_LEFT.test(word)) {
      if (other.length > 0) runs.push(other.join(" "));
      other = [];
      runs.push(word);
    } else other.push(word);
  }
  if (other.length > 0) runs.push(other.join(" "));
  return { rightToLeft: true, runs };
}

/** Bengali vowel signs written after their consonant (cluster) but drawn before it. */
const BENGALI_PRE_BASE = new Set(["\u09BF", "\u09C7", "\u09C8"]);
/** Two-part Bengali vowel signs: the part drawn before, and the part drawn after. */
const BENGALI_SPLIT: Record<string, [string, string]> = {
  "\u09CB": ["\u09C7", "\u09BE"],
  "\u09CC": ["\u09C7", "\u09D7"],
};

/**
 * next/og does not reorder Bengali: a vowel sign such as ি or ে, stored after its consonant, would
 * be drawn after it ("শশিু" for "শিশু"). Each letter cluster gets its pre-base vowel sign moved in
 * front (and ো, ৌ split around it), so the card draws it where it is read. Conjuncts are not
 * formed (the hasant shows), as with any renderer without Indic shaping.
 */
export function bengaliDrawingOrder(text: string): string {
  if (!/[\u0980-\u09FF]/u.test(text)) return text;
  const segmenter = new Intl.Segmenter("bn", { granularity: "grapheme" });
  let out = "";
  for (const { segment } of segmenter.segment(text)) {
    let before = "";
    let rest = "";
    for (const char of segment) {
      const split = BENGALI_SPLIT[char];
      if (split) {
        before += split[0];
        rest += split[1];
      } else if (BENGALI_PRE_BASE.has(char)) before += char;
      else rest += char;
    }
    out += before + rest;
  }
  return out;
}
