import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine as SchemaEngineType, SchemaFilter } from "@prisma/schema-engine-wasm";

/**
 * Prisma's own schema engine, compiled to WebAssembly, driving a database through a driver
 * adapter. This is what `prisma migrate` does, without the native binary that cannot be
 * downloaded here. The package's ESM entry imports a .wasm file (not possible in Node 20), so
 * we instantiate the module ourselves.
 */
type EngineModule = { SchemaEngine: typeof SchemaEngineType };

let enginePromise: Promise<EngineModule> | undefined;

async function loadEngineModule(): Promise<EngineModule> {
  const require = createRequire(import.meta.url);
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const pkgDir = path.dirname(bgPath);
  const bg = (await import(pathToFileURL(bgPath).href)) as Record<string, unknown> & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const module = await WebAssembly.compile(bytes);
  const instance = await WebAssembly.instantiate(module, { "./schema_engine_bg.js": bg as WebAssembly.ModuleImports });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg as unknown as EngineModule;
}

export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

export type EngineHandle = {
  engine: SchemaEngineType;
  /** Turns the engine's "External error id#N" into the driver's real error message. */
  explain(error: unknown): string;
  /** The migration an engine error happened in, if it says. */
  failedMigration(error: unknown): string | undefined;
};

export async function openSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  datamodel: { path: string; content: string },
): Promise<EngineHandle> {
  enginePromise ??= loadEngineModule();
  const { SchemaEngine } = await enginePromise;
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await SchemaEngine.new({ datamodels: [[datamodel.path, datamodel.content]] }, () => {}, bound);
  const explain = (error: unknown): string => {
    const message = withoutEngineTrace(error instanceof Error ? error.message : String(error));
    return message.replace(/External error id#(\d+)/g, (whole, id: string) => {
      const record = bound.errorRegistry.consumeError(Number(id));
      if (!record) return whole;
      const inner = record.error as
        | { message?: string; originalMessage?: string; cause?: { message?: string } }
        | undefined;
      return inner?.originalMessage ?? inner?.message ?? inner?.cause?.message ?? JSON.stringify(record.error);
    });
  };
  const failedMigration = (error: unknown): string | undefined =>
    /migration_name="([^"]+)"/.exec(error instanceof Error ? error.message : String(error))?.[1];
  return { engine, explain, failedMigration };
}

/** The engine appends a Rust span trace ("0: sql_schema_connector::…", "with migration_name=…"); keep the message. */
function withoutEngineTrace(message: string): string {
  const lines = message.split("\n");
  const cut = lines.findIndex((line) => /^\s*\d+: \w+::/.test(line) || /^\s+with \w+=/.test(line));
  return (cut === -1 ? lines : lines.slice(0, cut))
    .filter((line) => !/^(external connector error|Error querying the database:?)\s*$/i.test(line.trim()))
    .join("\n")
    .replace(/^Error querying the database: /gm, "")
    .trim();
}
