import type { PublicPhoto } from "@free-city/api";
import { CategoryIcon } from "~/components/category-icon";

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

/** Where an offer has no photo: a drawing of its kind of activity (inline SVG, decorative). */
export function PhotoStandIn({ icon }: { icon: string | null }) {
  return (
    <div className="photo-stand-in" aria-hidden="true">
      <CategoryIcon name={icon} />
    </div>
  );
}
