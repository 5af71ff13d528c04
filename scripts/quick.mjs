#!/usr/bin/env node
// The two Quick start commands (README): `npm start` and `npm test`.
// Needs only Node 20 and npm: pnpm is bootstrapped here, everything else comes from the lockfile.
// Plain JavaScript on purpose: it runs before any dependency is installed.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PNPM_VERSION = "10.34.9";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.TURBO_TELEMETRY_DISABLED = "1";
// prisma generate needs a schema-engine path that exists (it never runs it; see PLATFORM notes).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(ROOT, "packages/db/bin/no-native-schema-engine");

const step = (text) => console.log(`\n▸ ${text}`);

function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

/** pnpm 10: a global one if it is that version, else npx fetches it from the npm registry once. */
function pnpmCommand() {
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  if (probe.status === 0 && probe.stdout.trim().startsWith("10.")) return ["pnpm"];
  return ["npx", "--yes", `pnpm@${PNPM_VERSION}`];
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: process.env, ...options });
  if (result.error) fail(`Could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function mustRun(command, args, what) {
  if (run(command, args) !== 0) fail(`${what} failed (see the output above).`);
}

function install(pnpm) {
  step("Installing dependencies (pnpm install)");
  const frozen = process.env.CI ? ["--frozen-lockfile"] : ["--prefer-offline"];
  mustRun(pnpm[0], [...pnpm.slice(1), "install", ...frozen], "Installing dependencies");
  const generated = path.join(ROOT, "packages/db/src/generated/prisma/client.ts");
  const schema = path.join(ROOT, "prisma/schema.prisma");
  if (!existsSync(generated) || statSync(generated).mtimeMs < statSync(schema).mtimeMs) {
    step("Generating the Prisma client");
    mustRun(pnpm[0], [...pnpm.slice(1), "--filter", "@free-city/db", "run", "generate"], "prisma generate");
  }
}

const [, , command] = process.argv;
const pnpm = pnpmCommand();
const started = Date.now();

if (command === "start") {
  install(pnpm);
  step("Building the portal and the admin (cached after the first time)");
  mustRun(
    pnpm[0],
    [
      ...pnpm.slice(1),
      "exec",
      "turbo",
      "run",
      "build",
      "--filter=@free-city/portal",
      "--filter=@free-city/admin",
      "--output-logs=errors-only",
    ],
    "Building the apps",
  );
  // Hand over to the supervisor (TypeScript, now that tsx is installed).
  const code = run(pnpm[0], [...pnpm.slice(1), "exec", "tsx", "scripts/start.ts"], {
    env: { ...process.env, FREE_CITY_PREPARED_IN_MS: String(Date.now() - started) },
  });
  process.exit(code);
} else if (command === "test") {
  install(pnpm);
  step("Lint and format check (Biome; fix with: pnpm lint:fix)");
  mustRun(pnpm[0], [...pnpm.slice(1), "exec", "biome", "ci", "--reporter=summary", "."], "The lint and format check");
  step("Typechecking every package, the scripts and the tests");
  mustRun(
    pnpm[0],
    [...pnpm.slice(1), "exec", "turbo", "run", "typecheck", "--output-logs=errors-only"],
    "Typechecking the packages",
  );
  mustRun(pnpm[0], [...pnpm.slice(1), "exec", "tsc", "--noEmit", "-p", "."], "Typechecking the scripts and tests");
  const code = run(pnpm[0], [...pnpm.slice(1), "exec", "tsx", "scripts/test.ts"]);
  process.exit(code);
} else {
  fail(`Usage: node scripts/quick.mjs start|test`);
}
