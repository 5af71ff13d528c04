import type { PublicPhoto } from "@free-city/api";
import {
  categoryIconName,
  categoryPalette,
  ILLUSTRATION_HEIGHT,
  ILLUSTRATION_VERSION,
  ILLUSTRATION_WIDTH,
} from "@free-city/photos/illustrations";

const FORMATS = [
  ["avif", "image/avif"],
  ["webp", "image/webp"],
] as const;

/**
 * A photo as <picture>: AVIF, then WebP, then JPEG, each in every stored width for the browser to
 * choose from `sizes`; width and height set (no layout shift), its tiny placeholder and main colour
 * behind it while it loads, lazy unless it is at the top of the page. All from this site.
 */
export function Photo({
  photo,
  sizes,
  eager = false,
  className,
  lang,
}: {
  photo: PublicPhoto;
  sizes: string;
  eager?: boolean;
  className?: string;
  /** The language of the description (the partner's), when it is not the page's. */
  lang?: string;
}) {
  const url = (width: number, format: string) => `/photos/${photo.hash}/${width}.${format}`;
  const srcSet = (format: string) => photo.widths.map((w) => `${url(w, format)} ${w}w`).join(", ");
  const smallest = photo.widths[0] ?? photo.width;
  return (
    <picture>
      {FORMATS.map(([format, type]) => (
        <source key={format} type={type} srcSet={srcSet(format)} sizes={sizes} />
      ))}
      <img
        src={url(smallest, "jpg")}
        srcSet={srcSet("jpg")}
        sizes={sizes}
        width={photo.width}
        height={photo.height}
        alt={photo.altText}
        lang={lang}
        loading={eager ? "eager" : "lazy"}
        decoding="async"
        fetchPriority={eager ? "high" : undefined}
        className={className ? `photo ${className}` : "photo"}
        style={{ backgroundColor: photo.colour, backgroundImage: `url("${photo.placeholder}")` }}
      />
    </picture>
  );
}

/**
 * Where an offer has no photo: the illustration of its top-level category (our own SVG file,
 * cached for a year, about 1 KB). Width and height set (no layout shift); decorative, so alt="".
 */
export function PhotoStandIn({
  icon,
  eager = false,
  className,
}: {
  icon: string | null;
  eager?: boolean;
  className: string;
}) {
  return (
    // biome-ignore lint/performance/noImgElement: a tiny SVG of our own; next/image has nothing to add to it
    <img
      src={`/illustrations/${categoryIconName(icon)}.v${ILLUSTRATION_VERSION}.svg`}
      alt=""
      width={ILLUSTRATION_WIDTH}
      height={ILLUSTRATION_HEIGHT}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      className={`illustration ${className}`}
      style={{ backgroundColor: categoryPalette(icon)[0] }}
    />
  );
}
