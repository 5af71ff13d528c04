// `pnpm db <command>`: the database's command line. Every failure prints one clear sentence
// (what went wrong, what to do) and exits non-zero; no stack traces.

import path from "node:path";
import { type Connection, connectForTask } from "./connect.ts";
import { importPglite } from "./embedded/import-pglite.ts";
import { startEmbeddedServer } from "./embedded/server.ts";
import { isEmbedded } from "./env.ts";
import { DatabaseError, describeUrl } from "./errors.ts";
import { applyMigrations, createMigration, diffDatabaseToSchema } from "./migrate/migrations.ts";
import { DATA_DIR } from "./paths.ts";
import { demoPhotoOptions, runSeed } from "./seed/index.ts";

const HELP = `Free City database commands

  pnpm db migrate                 apply pending migrations (safe to repeat, and to run twice at once)
  pnpm db migrate:new <name>      write a migration for changes to prisma/schema.prisma
  pnpm db seed [--no-demo]        seed reference data (and demo data unless --no-demo)
  pnpm db seed --synthetic <N>    top up to N synthetic offers for benchmarks
  pnpm db reset [--yes]           drop everything, migrate and seed again
  pnpm db import-pglite [folder]  copy an earlier version's PGlite data (.data/pglite) into the database
  pnpm db status                  show the migrations and whether the schema matches
  pnpm db server                  run the embedded PostgreSQL in the foreground

With DATABASE_URL unset these use the embedded PostgreSQL (127.0.0.1:5433, data in .data/postgres).`;

const log = (line: string) => console.log(line);

async function withConnection(
  run: (c: Connection) => Promise<void>,
  options: { earlierData?: "refuse" | "allow" } = {},
): Promise<void> {
  const connection = await connectForTask(log, options);
  log(`Database: ${isEmbedded() ? "embedded" : "DATABASE_URL"} (${describeUrl(connection.url)})`);
  try {
    await run(connection);
  } finally {
    await connection.close();
  }
}

function flagValue(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case "migrate":
      return withConnection(async ({ adapterFactory }) => {
        await applyMigrations(adapterFactory, { log });
      });
    case "migrate:new": {
      const name = args.find((a) => !a.startsWith("-"));
      if (!name) throw new DatabaseError("MIGRATION_FAILED", "Name the migration: pnpm db migrate:new add_venue_phone");
      await createMigration(name, { log });
      return;
    }
    case "seed": {
      const synthetic = flagValue(args, "--synthetic");
      const count = synthetic === undefined ? undefined : Number(synthetic.replace(/_/g, ""));
      if (count !== undefined && (!Number.isInteger(count) || count < 1)) {
        throw new DatabaseError(
          "SEED_INVALID",
          `--synthetic needs a whole number of offers, like --synthetic 100000 (got "${synthetic}").`,
        );
      }
      return withConnection(async ({ db, adapterFactory }) => {
        await applyMigrations(adapterFactory, { log });
        const started = Date.now();
        const demo = !args.includes("--no-demo");
        await runSeed(db, { demo, synthetic: count, photos: demo ? demoPhotoOptions() : undefined });
        log(`Seeding done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      });
    }
    case "reset": {
      if (!isEmbedded() && !args.includes("--yes")) {
        throw new DatabaseError(
          "MIGRATION_FAILED",
          "reset drops every table in DATABASE_URL's database. Run `pnpm db reset --yes` if you mean it.",
        );
      }
      // With the embedded database, reset is also how to leave an earlier version's PGlite
      // folder behind (untouched) and start the new server with fresh data.
      return withConnection(
        async ({ db, adapterFactory }) => {
          log("Dropping every table…");
          await db.$executeRawUnsafe("DROP SCHEMA IF EXISTS public CASCADE");
          await db.$executeRawUnsafe("CREATE SCHEMA public");
          await db.$executeRawUnsafe("DROP SCHEMA IF EXISTS graphile_worker CASCADE");
          await applyMigrations(adapterFactory, { log });
          const demo = !args.includes("--no-demo");
          await runSeed(db, { demo, photos: demo ? demoPhotoOptions() : undefined });
        },
        { earlierData: "allow" },
      );
    }
    case "import-pglite": {
      const from = path.resolve(args.find((a) => !a.startsWith("-")) ?? path.join(DATA_DIR, "pglite"));
      if (!isEmbedded() && !args.includes("--yes")) {
        throw new DatabaseError(
          "MIGRATION_FAILED",
          "import-pglite replaces everything in DATABASE_URL's database. Run `pnpm db import-pglite --yes` if you mean it.",
        );
      }
      return withConnection(
        async ({ db, url }) => {
          const started = Date.now();
          const { tables, rows } = await importPglite(from, url, log);
          // Reference data this version added since (only what is missing).
          await runSeed(db, { demo: false });
          log(
            `Copied ${rows} rows in ${tables} tables in ${((Date.now() - started) / 1000).toFixed(1)} s. ` +
              `${path.relative(process.cwd(), from) || from} is unchanged; delete it once you no longer need it.`,
          );
        },
        { earlierData: "allow" },
      );
    }
    case "status":
      return withConnection(async ({ adapterFactory }) => {
        await applyMigrations(adapterFactory, { log });
        const diff = await diffDatabaseToSchema(adapterFactory);
        log(
          diff
            ? `prisma/schema.prisma has changes with no migration yet. Run: pnpm db migrate:new <name>\n\n${diff}`
            : "The schema matches the migrations.",
        );
      });
    case "server": {
      const server = await startEmbeddedServer({ log });
      const stop = async () => {
        await server.stop();
        log("Embedded PostgreSQL stopped; data kept.");
        process.exit(0);
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
      await new Promise(() => {});
      return;
    }
    case undefined:
    case "help":
    case "--help":
      log(HELP);
      return;
    default:
      throw new DatabaseError("MIGRATION_FAILED", `Unknown command "${command}".\n\n${HELP}`);
  }
}

main(process.argv.slice(2)).then(
  // The WASM schema engine leaves a timer running; exit explicitly.
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof DatabaseError) console.error(`\n✖ ${error.message}`);
    else console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
