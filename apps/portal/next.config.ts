import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const config: NextConfig = {
  // A self-contained server folder (.next/standalone) with only the files it needs, traced from
  // the repository root so the workspace packages come with it; `pnpm bundle` packs it.
  output: "standalone",
  outputFileTracingRoot: fileURLToPath(new URL("../..", import.meta.url)),
  transpilePackages: ["@free-city/api", "@free-city/db", "@free-city/photos", "@free-city/schemas", "@free-city/words"],
  serverExternalPackages: ["pg", "nodemailer", "sharp", "@aws-sdk/client-s3"],
  poweredByHeader: false,
  experimental: {
    // The Data Cache (src/server/public-data.ts) lives in each instance's memory, keyed by the
    // database's content version: nothing written under .next (read-only in a container), and
    // nothing one instance wrote that another could read after the content changed.
    isrFlushToDisk: false,
    serverActions: {
      // Server actions' bodies: the feedback, report and suggestion forms are a few hundred letters.
      bodySizeLimit: "64kb",
    },
  },
  // The security headers (and the Content-Security-Policy with its nonce) are set by src/proxy.ts
  // on every page and route handler; Next's static files, which the proxy skips, get these.
  async headers() {
    return [
      {
        source: "/_next/static/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default config;
