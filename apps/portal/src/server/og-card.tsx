import { ImageResponse } from "next/og";
import { bengaliDrawingOrder, CARD_FONT_FAMILY, cardFonts, drawableText, readingRuns } from "./card-fonts";

/**
 * The picture a shared link shows (1200 × 630 PNG), drawn on the server by next/og with the
 * portal's own self-hosted fonts (card-fonts.ts: Latin, Arabic script and Bengali), so titles in
 * every portal language draw, and only with what those fonts have: nothing is fetched from any
 * other host.
 */
export type Card = { siteName: string; title: string; line: string; tags: string[] };

export async function cardImage(input: Card): Promise<ImageResponse> {
  const card = {
    siteName: drawableText(input.siteName),
    title: drawableText(input.title),
    line: drawableText(input.line),
    tags: input.tags.map((tag) => drawableText(tag)).filter(Boolean),
  };
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
        fontFamily: CARD_FONT_FAMILY,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", fontSize: 40, color: "#fde68a" }}>
        {/* The logo's star is not in the card font: a drawn dot in its colour stands in. */}
        <div style={{ width: 28, height: 28, borderRadius: 999, background: "#fde68a", marginRight: 18 }} />
        {card.siteName}
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <CardText
          text={clip(card.title, 90)}
          style={{ fontSize: card.title.length > 50 ? 60 : 76, lineHeight: 1.15 }}
          space={card.title.length > 50 ? 16 : 20}
        />
        {card.line ? (
          <CardText
            text={clip(card.line, 140)}
            style={{ fontSize: 34, marginTop: 24, color: "#ede9fe", lineHeight: 1.3 }}
            space={9}
          />
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
      fonts: cardFonts(),
      headers: { "Cache-Control": "public, max-age=3600" },
    },
  );
}

/**
 * A line of the card. Right-to-left text (Urdu, Arabic) is laid out from the right, word by word
 * in reading order (next/og would put the words left to right); Bengali gets its vowel signs in
 * drawing order.
 */
function CardText({ text, style, space }: { text: string; style: Record<string, string | number>; space: number }) {
  const { rightToLeft, runs } = readingRuns(bengaliDrawingOrder(text));
  if (!rightToLeft) return <div style={{ display: "flex", ...style }}>{runs[0]}</div>;
  return (
    <div style={{ display: "flex", flexDirection: "row-reverse", flexWrap: "wrap", ...style }}>
      {runs.map((run, index) => (
        <div key={index} style={{ display: "flex", marginLeft: index === runs.length - 1 ? 0 : space }}>
          {run}
        </div>
      ))}
    </div>
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
