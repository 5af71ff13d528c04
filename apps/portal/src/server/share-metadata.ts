import type { Metadata } from "next";
import { LOCALE_INFO, LOCALES, type Locale, localePath } from "~/i18n/config";
import { siteOrigin } from "./origin";

/** The card every page without its own shows when a link is shared. */
export const SITE_CARD = "/og/site.png";

/**
 * What a messaging app or search engine shows for a link: Open Graph and Twitter card tags (a
 * title, a one-line summary, a picture from this site) and the page's address in each language.
 * Pages pass their own; the layout gives the defaults. Next replaces `openGraph` as a whole,
 * so every page with its own title builds all of it here.
 */
export async function shareMetadata(input: {
  title: string;
  description: string;
  locale: Locale;
  /** The page's path without a language prefix ("/offers/x"). */
  path?: string;
  image?: string;
  imageAlt?: string;
  siteName: string;
}): Promise<Metadata> {
  const origin = siteOrigin();
  const image = { url: input.image ?? SITE_CARD, width: 1200, height: 630, alt: input.imageAlt ?? input.siteName };
  return {
    metadataBase: new URL(origin),
    openGraph: {
      type: "website",
      siteName: input.siteName,
      title: input.title,
      description: input.description,
      locale: LOCALE_INFO[input.locale].lang.replace("-", "_"),
      ...(input.path ? { url: localePath(input.locale, input.path) } : {}),
      images: [image],
    },
    twitter: { card: "summary_large_image", title: input.title, description: input.description, images: [image] },
    ...(input.path
      ? {
          alternates: {
            canonical: localePath(input.locale, input.path),
            languages: Object.fromEntries(LOCALES.map((l) => [LOCALE_INFO[l].lang, localePath(l, input.path ?? "/")])),
          },
        }
      : {}),
  };
}
