import { listSitemapEntries } from "@free-city/api";
import { getDb } from "@free-city/db";
import type { MetadataRoute } from "next";
import { LOCALE_INFO, LOCALES, localePath } from "~/i18n/config";
import { siteOrigin } from "~/server/origin";

// Built per request from the database, so a new offer is in it at once.
export const dynamic = "force-dynamic";

/**
 * /sitemap.xml: every public page (home, search, saved pages excluded as personal) in English,
 * with each language's address as an hreflang alternate (and x-default, the English one).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin();
  const { offers, venues, districts, pages } = await listSitemapEntries(getDb());
  const entry = (path: string, lastModified?: Date): MetadataRoute.Sitemap[number] => ({
    url: `${origin}${path === "/" ? "" : path}` || origin,
    ...(lastModified ? { lastModified } : {}),
    alternates: {
      languages: {
        ...Object.fromEntries(
          LOCALES.map((locale) => [LOCALE_INFO[locale].lang, `${origin}${localePath(locale, path)}`]),
        ),
        "x-default": `${origin}${path}`,
      },
    },
  });
  return [
    entry("/"),
    entry("/search"),
    entry("/about"),
    entry("/you-said-we-did"),
    entry("/open-data"),
    ...pages.map((page) => entry(`/about/${page.slug}`, page.updatedAt)),
    ...districts.map((district) => entry(`/districts/${district.slug}`)),
    ...venues.map((venue) => entry(`/venues/${venue.slug}`, venue.updatedAt)),
    ...offers.map((offer) => entry(`/offers/${offer.slug}`, offer.updatedAt)),
  ];
}
