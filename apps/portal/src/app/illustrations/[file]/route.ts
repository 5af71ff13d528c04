import { CATEGORY_ICON_PATHS, drawCategoryIllustration, ILLUSTRATION_VERSION } from "@free-city/photos/illustrations";

/** "<icon>.v<version>.svg", the icon one of the set: nothing in the address can name anything else. */
const FILE = /^([a-z]{1,20})\.v(\d{1,4})\.svg$/;

/**
 * A category's illustration (shown where an offer has no photo), drawn from the shared category
 * drawings. Its address carries the drawing's version, so it can be cached for a year.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = FILE.exec((await params).file);
  const icon = match?.[1] ?? "";
  if (!match || !(icon in CATEGORY_ICON_PATHS) || Number(match[2]) !== ILLUSTRATION_VERSION)
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(drawCategoryIllustration(icon), {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
      // An SVG opened on its own runs nothing and loads nothing.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
