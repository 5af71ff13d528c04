import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { DatabaseError } from "../errors.ts";
import { createPGlite } from "../pglite.ts";
import { pgliteMigrationAdapter } from "./adapters.ts";
import { type EngineHandle, NO_FILTERS, openSchemaEngine } from "./schema-engine.ts";

/** The repository's prisma/ folder (schema.prisma and migrations/). */
export const PRISMA_DIR = fileURLToPath(new URL("../../../../prisma/", import.meta.url));

export type Log = (line: string) => void;

export type MigrationPaths = { schemaPath: string; migrationsDir: string };

export const defaultPaths: MigrationPaths = {
  schemaPath: path.join(PRISMA_DIR, "schema.prisma"),
  migrationsDir: path.join(PRISMA_DIR, "migrations"),
};

const LOCKFILE = "migration_lock.toml";

async function readSchema(paths: MigrationPaths) {
  return { path: paths.schemaPath, content: await readFile(paths.schemaPath, "utf8") };
}

/** The migrations folder in the shape the schema engine wants, sorted by name (= time). */
export async function readMigrationList(paths: MigrationPaths = defaultPaths): Promise<MigrationList> {
  const dir = paths.migrationsDir;
  const entries = existsSync(dir) ? await readdir(dir, { withFileTypes: true }) : [];
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, "migration.sql");
      const content = existsSync(file)
        ? ({ tag: "ok", value: await readFile(file, "utf8") } as const)
        : ({ tag: "error", value: `${file} is missing` } as const);
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockPath = path.join(dir, LOCKFILE);
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  paths: MigrationPaths,
  run: (handle: EngineHandle) => Promise<T>,
): Promise<T> {
  const handle = await openSchemaEngine(factory, await readSchema(paths));
  try {
    return await run(handle);
  } finally {
    handle.engine.free();
  }
}

export type MigrateResult = { applied: string[]; total: number };

/**
 * Applies pending migrations (idempotent: a second run applies nothing). Refuses, with a named
 * error, a database that has migrations this code does not know or a migration that failed before.
 */
export async function applyMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  options: { paths?: MigrationPaths; log?: Log } = {},
): Promise<MigrateResult> {
  const paths = options.paths ?? defaultPaths;
  const log = options.log ?? (() => {});
  const migrationsList = await readMigrationList(paths);
  const total = migrationsList.migrationDirectories.length;
  return withEngine(factory, paths, async ({ engine, explain, failedMigration }) => {
    const diagnosis = await engine
      .diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS })
      .catch((error: unknown) => {
        throw new DatabaseError("MIGRATION_FAILED", `Could not read the migration history: ${explain(error)}`, {
          cause: error,
        });
      });
    if (diagnosis.failedMigrationNames.length > 0) {
      throw new DatabaseError(
        "MIGRATION_FAILED",
        `Migration ${diagnosis.failedMigrationNames.join(", ")} failed earlier and is marked failed in _prisma_migrations. ` +
          `Fix the database by hand or reset it (pnpm db reset), then migrate again.`,
      );
    }
    const history = diagnosis.history;
    if (history && history.diagnostic !== "databaseIsBehind") {
      throw new DatabaseError(
        "UNKNOWN_MIGRATIONS",
        `The database has migrations this code does not know: ${history.unpersistedMigrationNames.join(", ")}. ` +
          `It was migrated by a newer or different version of Free City. Update your checkout, or point DATABASE_URL at another database.`,
      );
    }
    if (diagnosis.editedMigrationNames.length > 0) {
      log(`  warning: these applied migrations were edited since: ${diagnosis.editedMigrationNames.join(", ")}`);
    }
    const pending =
      history?.diagnostic === "databaseIsBehind"
        ? history.unappliedMigrationNames
        : diagnosis.hasMigrationsTable
          ? []
          : migrationsList.migrationDirectories.map((m) => m.path);
    if (pending.length === 0) {
      log(`Database is up to date (${total} migration${total === 1 ? "" : "s"} applied).`);
      return { applied: [], total };
    }
    log(`Applying ${pending.length} of ${total} migration${total === 1 ? "" : "s"}:`);
    for (const [i, name] of pending.entries()) log(`  [${i + 1}/${pending.length}] ${name}`);
    try {
      const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      log(
        `Applied ${result.appliedMigrationNames.length} migration${result.appliedMigrationNames.length === 1 ? "" : "s"}.`,
      );
      return { applied: result.appliedMigrationNames, total };
    } catch (error) {
      const name = failedMigration(error);
      throw new DatabaseError("MIGRATION_FAILED", `Migration ${name ?? "(unknown)"} failed: ${explain(error)}`, {
        cause: error,
      });
    }
  });
}

/**
 * The SQL that would take the live database to the Prisma schema; "" when they agree.
 * After all migrations are applied this must be empty (a test checks it).
 */
export async function diffDatabaseToSchema(
  factory: SqlMigrationAwareDriverAdapterFactory,
  paths: MigrationPaths = defaultPaths,
): Promise<string> {
  const schema = await readSchema(paths);
  return withEngine(factory, paths, async ({ engine, explain }) => {
    const result = await engine
      .diff({
        from: { tag: "schemaDatasource", files: [schema], configDir: path.dirname(paths.schemaPath) },
        to: { tag: "schemaDatamodel", files: [schema] },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      })
      .catch((error: unknown) => {
        throw new DatabaseError(
          "MIGRATION_FAILED",
          `Could not compare the database with the schema: ${explain(error)}`,
          { cause: error },
        );
      });
    return stripEmptyDiff(result.stdout ?? "");
  });
}

function stripEmptyDiff(sql: string): string {
  const meaningful = sql
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.trim().startsWith("--"))
    .join("\n");
  return meaningful.trim() === "" ? "" : sql.trim();
}

/**
 * Writes a new migration for the schema changes since the last migration. The "before" state
 * is a throwaway in-memory database with every existing migration applied (a shadow database),
 * so the live database is never touched.
 */
export async function createMigration(
  name: string,
  options: { paths?: MigrationPaths; log?: Log; now?: Date } = {},
): Promise<{ directory: string; sql: string } | undefined> {
  const paths = options.paths ?? defaultPaths;
  const log = options.log ?? (() => {});
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!slug)
    throw new DatabaseError(
      "MIGRATION_FAILED",
      `"${name}" is not a usable migration name: use letters, digits and underscores.`,
    );

  log("Building a throwaway database with the existing migrations…");
  const shadow = await createPGlite();
  try {
    const factory = pgliteMigrationAdapter(shadow);
    await applyMigrations(factory, { paths, log: (line) => log(`  ${line}`) });
    const sql = await diffDatabaseToSchema(factory, paths);
    if (!sql) {
      log("No schema changes: the migrations already match prisma/schema.prisma.");
      return undefined;
    }
    const stamp = (options.now ?? new Date()).toISOString().replace(/\D/g, "").slice(0, 14);
    const directory = path.join(paths.migrationsDir, `${stamp}_${slug}`);
    await mkdir(directory, { recursive: true });
    await writeFile(path.join(directory, "migration.sql"), `${sql}\n`);
    const lockPath = path.join(paths.migrationsDir, LOCKFILE);
    if (!existsSync(lockPath)) {
      await writeFile(
        lockPath,
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n`,
      );
    }
    log(
      `Wrote ${path.relative(process.cwd(), path.join(directory, "migration.sql"))}. Review it, then run: pnpm db migrate`,
    );
    return { directory, sql };
  } finally {
    await shadow.close();
  }
}
