import type { NextConfig } from "next";

const config: NextConfig = {
  // Internal packages export TypeScript source; Next compiles them.
  transpilePackages: ["@free-city/api", "@free-city/db", "@free-city/schemas", "@free-city/words"],
  serverExternalPackages: ["pg", "nodemailer"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // Never in a search engine, even when a link to it is found somewhere (robots.txt says so too).
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Permissions-Policy", value: "geolocation=(), camera=(), microphone=()" },
        ],
      },
    ];
  },
};

export default config;
