import net from "node:net";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { createPrismaClient, type Database } from "./client.ts";
import { embeddedUrl } from "./embedded/credentials.ts";
import { startEmbeddedServer } from "./embedded/server.ts";
import { EMBEDDED_PORT, isEmbedded, resolveDatabaseUrl } from "./env.ts";
import { toConnectionError } from "./errors.ts";
import { pgMigrationAdapter } from "./migrate/adapters.ts";

/** The embedded server's URL, with the password kept in .data/ (see embedded/credentials.ts). */
export function embeddedDatabaseUrl(): string {
  return embeddedUrl(EMBEDDED_PORT);
}

export type Connection = {
  url: string;
  db: Database;
  /** For the schema engine (migrate, diff). */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
};

/**
 * Connects a command-line task (migrate, seed, reset) to the database. With DATABASE_URL unset,
 * it uses the running embedded server, or starts one for the task's duration when none runs
 * (nothing else can have the data directory open then, because the server owns the port).
 */
export async function connectForTask(
  log: (line: string) => void = () => {},
  options: { earlierData?: "refuse" | "allow" } = {},
): Promise<Connection> {
  let url = isEmbedded() ? embeddedDatabaseUrl() : resolveDatabaseUrl();
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (isEmbedded() && !(await isListening(EMBEDDED_PORT))) {
    const server = await startEmbeddedServer({ log, earlierData: options.earlierData });
    url = server.url;
    stopEmbedded = () => server.stop();
  }
  const migrationAdapter = pgMigrationAdapter(url);
  const db = createPrismaClient(url, { max: 4 });
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch (error) {
    await db.$disconnect().catch(() => {});
    await migrationAdapter.end();
    await stopEmbedded?.();
    throw toConnectionError(error, url) ?? error;
  }
  return {
    url,
    db,
    adapterFactory: migrationAdapter.factory,
    async close() {
      await db.$disconnect();
      await migrationAdapter.end();
      await stopEmbedded?.();
    },
  };
}

function isListening(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
