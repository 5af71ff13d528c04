import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";

/**
 * The picture a shared link shows (1200 × 630 PNG), drawn on the server by next/og with the
 * portal's own self-hosted font (Noto Naskh Arabic from @fontsource, Latin and Arabic letters,
 * so Urdu titles draw too). Nothing is fetched from any other host.
 */
const FONT_FILES = [
  "noto-naskh-arabic-latin-700-normal.woff",
  "noto-naskh-arabic-latin-ext-700-normal.woff",
  "noto-naskh-arabic-arabic-700-normal.woff",
];

let fonts: Promise<{ name: string; data: Buffer; weight: 700; style: "normal" }[]> | null = null;

function loadFonts() {
  fonts ??= (async () => {
    // The app runs from apps/portal (next start) or the repository root (tests, tools).
    const dir = [
      path.join(process.cwd(), "node_modules/@fontsource/noto-naskh-arabic/files"),
      path.join(process.cwd(), "apps/portal/node_modules/@fontsource/noto-naskh-arabic/files"),
    ].find((candidate) => existsSync(candidate));
    if (!dir) throw new Error("The card font (@fontsource/noto-naskh-arabic) is not installed.");
    return Promise.all(
      FONT_FILES.map(async (file) => ({
        name: "Noto Naskh Arabic",
        data: await readFile(path.join(dir, file)),
        weight: 700 as const,
        style: "normal" as const,
      })),
    );
  })();
  return fonts;
}

export type Card = { siteName: string; title: string; line: string; tags: string[] };

export async function cardImage(card: Card): Promise<ImageResponse> {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#4c1d95",
        color: "#ffffff",
        fontFamily: "Noto Naskh Arabic",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", fontSize: 40, color: "#fde68a" }}>
        {/* The logo's star is not in the card font: a drawn dot in its colour stands in. */}
        <div style={{ width: 28, height: 28, borderRadius: 999, background: "#fde68a", marginRight: 18 }} />
        {card.siteName}
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: card.title.length > 50 ? 60 : 76, lineHeight: 1.15 }}>{clip(card.title, 90)}</div>
        {card.line ? (
          <div style={{ fontSize: 34, marginTop: 24, color: "#ede9fe", lineHeight: 1.3 }}>{clip(card.line, 140)}</div>
        ) : null}
      </div>
      <div style={{ display: "flex" }}>
        {card.tags.map((tag) => (
          <div
            key={tag}
            style={{
              display: "flex",
              fontSize: 32,
              background: "#fde68a",
              color: "#3b0764",
              borderRadius: 999,
              padding: "6px 28px",
              marginRight: 16,
            }}
          >
            {tag}
          </div>
        ))}
      </div>
    </div>,
    {
      width: 1200,
      height: 630,
      fonts: await loadFonts(),
      headers: { "Cache-Control": "public, max-age=3600" },
    },
  );
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}
