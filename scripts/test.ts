// Every test (README's second Quick start command, after scripts/quick.mjs has installed):
//  1. unit + integration tests on in-process PGlite (and, for the multi-connection ones, the
//     embedded PostgreSQL server)
//  2. the same again on a PostgreSQL server when TEST_DATABASE_URL is set (CI sets it)
//  3. browser journeys: the product started as `npm start` starts it, driven in Debian's Chromium
// Ends with one line "Tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRuns = 0;

function vitest(label: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▸ ${label}`);
  const report = path.join(mkdtempSync(path.join(os.tmpdir(), "fc-vitest-")), "report.json");
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/vitest/vitest.mjs"),
      "run",
      ...args,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
    ],
    {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, ...env },
    },
  );
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
      numTotalTestSuites: number;
      numFailedTestSuites: number;
    };
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
    // A file that failed outside its tests (it did not load, a hook failed) counts as a failure too.
    if (json.numFailedTests === 0) totals.failed += json.numFailedTestSuites;
  }
  if (result.status !== 0) {
    failedRuns++;
    console.error(
      `\n✖ ${label}: vitest exited with ${result.status ?? result.signal}${
        existsSync(report) ? "" : " before writing its report"
      }. If no test failed above, look for "Errors", "Unhandled" or a failed hook in its output.`,
    );
  }
}

function ensureChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    console.error(
      `\n✖ Browser tests need Chromium at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
    return false;
  }
  console.log("\n▸ Installing Debian's Chromium for the browser tests (apt-get, once)");
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  const install = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return install.status === 0 && existsSync(CHROMIUM);
}

vitest("Unit and integration tests (in-process PGlite, and the embedded PostgreSQL server)", ["--project", "unit"]);
if (process.env.TEST_DATABASE_URL) {
  vitest("The same tests on the PostgreSQL server (TEST_DATABASE_URL)", ["--project", "unit"], {
    TEST_DATABASE_URL: process.env.TEST_DATABASE_URL,
  });
} else {
  console.log("\n(Set TEST_DATABASE_URL=postgresql://… to run the database tests on a PostgreSQL server too.)");
}
if (ensureChromium()) {
  vitest("Browser journeys (the product started like `npm start`, Debian Chromium)", ["--project", "e2e"], {
    CHROMIUM_PATH: CHROMIUM,
  });
} else {
  failedRuns++;
  totals.failed++;
}

console.log(
  `\nTests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`,
);
process.exit(failedRuns > 0 || totals.failed > 0 ? 1 : 0);
