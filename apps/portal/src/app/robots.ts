import type { MetadataRoute } from "next";
import { LOCALES, localePath } from "~/i18n/config";
import { siteOrigin } from "~/server/origin";

export const dynamic = "force-dynamic";

/**
 * /robots.txt: every public page may be indexed; the open data API and feeds are for programs
 * (listed on the Open data page), and the saved list is personal to a device (in every language).
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = siteOrigin();
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: ["/api/", "/feeds/", ...LOCALES.map((locale) => localePath(locale, "/saved")), "/*/report"],
      },
    ],
    sitemap: `${origin}/sitemap.xml`,
  };
}
