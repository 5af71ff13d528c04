import type { NextConfig } from "next";

const config: NextConfig = {
  transpilePackages: ["@free-city/api", "@free-city/db", "@free-city/photos", "@free-city/schemas", "@free-city/words"],
  serverExternalPackages: ["pg", "nodemailer", "sharp", "@aws-sdk/client-s3"],
  poweredByHeader: false,
  experimental: {
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
