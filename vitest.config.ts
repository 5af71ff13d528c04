import { defineConfig } from "vitest/config";

/**
 * Two projects:
 *  - unit: packages' tests on a real database (in-process PGlite, or PostgreSQL when
 *    TEST_DATABASE_URL is set), real SMTP, real HTTP. No browser.
 *  - e2e: builds and starts the product like `npm start` does, then drives Debian's Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "scripts/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          pool: "forks",
          fileParallelism: false,
        },
      },
    ],
  },
});
