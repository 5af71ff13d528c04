import { readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  CATEGORY_ICON_PATHS,
  categoryIconName,
  drawCategoryIllustration,
  ILLUSTRATION_HEIGHT,
  ILLUSTRATION_WIDTH,
} from "./category-illustrations.ts";

const seeded = JSON.parse(readFileSync(new URL("../../../seeds/categories.json", import.meta.url), "utf8")) as {
  icon?: string;
}[];

describe("the shared category drawings", () => {
  it("has a drawing for every top-level category the seeds name, and the default for anything else", () => {
    const icons = seeded.map((c) => c.icon).filter((icon): icon is string => Boolean(icon));
    expect(icons.length).toBeGreaterThan(5);
    for (const icon of icons) expect(CATEGORY_ICON_PATHS[icon], icon).toBeTruthy();
    expect(categoryIconName("no-such-icon")).toBe("people");
    expect(categoryIconName(null)).toBe("people");
    expect(drawCategoryIllustration("no-such-icon")).toBe(drawCategoryIllustration("people"));
  });

  it("draws each illustration as a small SVG an image library reads at its stated size", async () => {
    for (const icon of Object.keys(CATEGORY_ICON_PATHS)) {
      const svg = drawCategoryIllustration(icon);
      expect(svg).toContain(CATEGORY_ICON_PATHS[icon]);
      expect(Buffer.byteLength(svg), icon).toBeLessThan(2048);
      const meta = await sharp(Buffer.from(svg)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["svg", ILLUSTRATION_WIDTH, ILLUSTRATION_HEIGHT]);
    }
  });
});
