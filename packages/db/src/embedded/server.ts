import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { EMBEDDED_PORT } from "../env.ts";
import { DATA_DIR } from "../paths.ts";
import { createPGlite } from "../pglite.ts";
import { assertPortFree } from "../ports.ts";

export type EmbeddedServer = { url: string; dataDir: string; stop(): Promise<void> };

/**
 * Starts the embedded PostgreSQL: one PGlite owning the data directory, shared with the apps
 * over the PostgreSQL wire protocol on 127.0.0.1. Both apps connect to it like to any server.
 * In-process PGlite has no locking, so this process must be the only one opening `dataDir`.
 */
export async function startEmbeddedServer(
  options: { port?: number; dataDir?: string; log?: (line: string) => void } = {},
): Promise<EmbeddedServer> {
  const port = options.port ?? EMBEDDED_PORT;
  const dataDir = options.dataDir ?? path.join(DATA_DIR, "pglite");
  const log = options.log ?? (() => {});
  await assertPortFree(port, "the embedded database");
  await mkdir(dataDir, { recursive: true });
  log(`Embedded PostgreSQL: opening ${path.relative(process.cwd(), dataDir) || dataDir}`);
  const db = await createPGlite(dataDir);
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 32 });
  await server.start();
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  log(`Embedded PostgreSQL: listening on 127.0.0.1:${port}`);
  return {
    url,
    dataDir,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
