import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const config: NextConfig = {
  // A self-contained server folder (.next/standalone) with only the files it needs, traced from
  // the repository root so the workspace packages come with it; `pnpm bundle` packs it.
  output: "standalone",
  outputFileTracingRoot: fileURLToPath(new URL("../..", import.meta.url)),
  // Internal packages export TypeScript source; Next compiles them.
  transpilePackages: ["@free-city/api", "@free-city/db", "@free-city/photos", "@free-city/schemas", "@free-city/words"],
  serverExternalPackages: ["pg", "nodemailer", "sharp", "@aws-sdk/client-s3"],
  poweredByHeader: false,
  experimental: {
    serverActions: {
      // Server actions' bodies: the CSV import sends its file (up to 1 MB, and JSON-escaped in the
      // action's body, so up to about twice that) through one; nothing else comes near.
      bodySizeLimit: "3mb",
    },
    // A photo upload (/api/photos/upload) is up to 10 MB plus its form; the route reads at most
    // 11 MB itself. The proxy must pass the whole body on, so a 12 MB file is refused by name.
    proxyClientMaxBodySize: "13mb",
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
          // Never in a search engine, even when a link to it is found somewhere (robots.txt says so too).
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
        ],
      },
    ];
  },
};

export default config;
