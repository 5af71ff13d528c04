import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bengaliDrawingOrder, cardFonts, drawableText, findFontFile, readingRuns, woffCharacters } from "./card-fonts";
import { cardImage } from "./og-card";

/**
 * A shared link's card is drawn with the portal's own fonts only: next/og fetches a font from
 * Google Fonts (or an emoji from a CDN) for any letter its fonts lack, so the card must give it
 * fonts for every portal language and leave out what they cannot draw.
 */
describe("share card (next/og)", () => {
  afterEach(() => vi.restoreAllMocks());

  it("reads each font's character map: Latin, Polish letters, Urdu and Bengali, no emoji", () => {
    const [latin, latinExt, arabic, bengali] = cardFonts().map((font) => font.characters);
    const has = (set: Set<number> | undefined, char: string) => set?.has(char.codePointAt(0) ?? 0);
    expect(has(latin, "A")).toBe(true);
    expect(has(latin, "–")).toBe(true);
    expect(has(latin, "ż")).toBe(false);
    expect(has(latinExt, "ż")).toBe(true);
    expect(has(arabic, "ک")).toBe(true);
    expect(has(bengali, "ফ")).toBe(true);
    expect(cardFonts().some((font) => has(font.characters, "⚽"))).toBe(false);
    expect(() => woffCharacters(Buffer.from("not a font"))).toThrow(/WOFF/);
  });

  it("finds the fonts in a standalone bundle, where pnpm's store layout is all that is left", () => {
    const file = "vazirmatn-arabic-700-normal.woff";
    const bundle = mkdtempSync(path.join(tmpdir(), "card-fonts-"));
    try {
      const files = path.join(
        bundle,
        "node_modules/.pnpm/@fontsource+vazirmatn@5.3.0/node_modules/@fontsource/vazirmatn/files",
      );
      mkdirSync(files, { recursive: true });
      copyFileSync(findFontFile("vazirmatn", file) as string, path.join(files, file));
      mkdirSync(path.join(bundle, "apps/portal"), { recursive: true });
      expect(findFontFile("vazirmatn", file, path.join(bundle, "apps/portal"))).toBe(path.join(files, file));
      expect(findFontFile("vazirmatn", file, bundle)).toBe(path.join(files, file));
      expect(findFontFile("vazirmatn", "no-such.woff", bundle)).toBeUndefined();
    } finally {
      rmSync(bundle, { recursive: true, force: true });
    }
  });

  it("keeps every portal language's letters and drops what no card font has", () => {
    for (const text of ["Code Club: Make Your Own Game", "Zażółć gęślą jaźń", "شطرنج کلب", "ফুটবল ক্লাব", "Ages 8–14"]) {
      expect(drawableText(text)).toBe(text);
    }
    expect(drawableText("Football ⚽️ club ★ 足球")).toBe("Football club");
    expect(drawableText("🎨")).toBe("");
  });

  it("lays Urdu and Arabic out from the right in reading order, and puts Bengali vowel signs where they are drawn", () => {
    expect(readingRuns("Code Club: Make Your Own Game")).toEqual({
      rightToLeft: false,
      runs: ["Code Club: Make Your Own Game"],
    });
    expect(readingRuns("بچوں کے لیے Code Club کلب")).toEqual({
      rightToLeft: true,
      runs: ["بچوں", "کے", "لیے", "Code Club", "کلب"],
    });
    // ি and ে are typed after their consonant and drawn before it; ো goes round it; a conjunct keeps its vowel.
    expect(bengaliDrawingOrder("শিশুদের")).toBe("\u09BF\u09B6\u09B6\u09C1\u09C7\u09A6\u09B0");
    expect(bengaliDrawingOrder("কো")).toBe("\u09C7\u0995\u09BE");
    expect(bengaliDrawingOrder("ক্লি")).toBe("\u09BF\u0995\u09CD\u09B2");
    expect(bengaliDrawingOrder("Chess club")).toBe("Chess club");
  });

  it("draws a card in every portal language, and for emoji and symbols, without fetching anything", async () => {
    const fetched: string[] = [];
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => {
      const url = String(input instanceof Request ? input.url : input);
      // next/og loads its own WebAssembly from a data: address; anything else would leave the machine.
      if (!url.startsWith("data:")) fetched.push(url);
      return new Response("", { status: 404 });
    });
    const titles = [
      "Code Club: Make Your Own Game",
      "Zajęcia plastyczne dla dzieci – Żółw",
      "بچوں کے لیے شطرنج کلب",
      "نادي الشطرنج للأطفال",
      "শিশুদের জন্য ফুটবল ক্লাব",
      "Football ⚽ and art 🎨 → fun ★ 足球",
    ];
    for (const title of titles) {
      const response = await cardImage({ siteName: "Free City", title, line: title, tags: ["Free", "Ages 8–14"] });
      const png = Buffer.from(await response.arrayBuffer());
      expect(png.subarray(1, 4).toString(), title).toBe("PNG");
    }
    expect(fetched).toEqual([]);
  });
});
