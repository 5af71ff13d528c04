import type { MetadataRoute } from "next";

/** The admin is for partners and council staff: no search engine may index any of it. */
export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", disallow: "/" }] };
}
