import type { NextConfig } from "next";

/**
 * The portal serves children: no third-party requests, no tracking. The Content-Security-Policy
 * below lets the browser load nothing from any other host (fonts, scripts, images, frames).
 */
const csp = [
  "default-src 'self'",
  // Next's App Router inlines small bootstrap scripts.
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
].join("; ");

const config: NextConfig = {
  transpilePackages: ["@free-city/api", "@free-city/db", "@free-city/schemas", "@free-city/words"],
  serverExternalPackages: ["pg", "nodemailer"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: csp },
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Nothing is sent to other sites; same-origin keeps the Origin header that form posts need
          // (with "no-referrer" the browser sends "Origin: null" and Next refuses the server action).
          { key: "Referrer-Policy", value: "same-origin" },
          // Location is asked for only by the portal's own "Near me" button.
          { key: "Permissions-Policy", value: "geolocation=(self), camera=(), microphone=(), interest-cohort=()" },
        ],
      },
    ];
  },
};

export default config;
