/**
 * The embedded default database, started by the product's own code (startEmbeddedServer, as
 * `npm start` and `pnpm db` start it) on a spare port and a throwaway folder. Always a real
 * PostgreSQL server, whatever TEST_DATABASE_URL says: these are multi-connection tests.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseError } from "../errors.ts";
import { MIGRATION_LOCK_KEY, pgliteMigrationAdapter, pgMigrationAdapter } from "../migrate/adapters.ts";
import { applyMigrations, readMigrationList } from "../migrate/migrations.ts";
import { REPO_ROOT } from "../paths.ts";
import { createPGlite } from "../pglite.ts";
import { runConcurrentQueries } from "./concurrency-check.ts";
import { importPglite } from "./import-pglite.ts";
import { type EmbeddedServer, startEmbeddedServer } from "./server.ts";

async function sparePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Every file under `dir` with a hash of its contents: to show a folder was left as it was. */
async function listing(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const hashes = await Promise.all(
    files.map(async (f) =>
      createHash("sha1")
        .update(await readFile(f))
        .digest("hex"),
    ),
  );
  return Object.fromEntries(files.map((f, i) => [path.relative(dir, f), hashes[i]!]));
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

describe("the embedded PostgreSQL", () => {
  let folder: string;
  let dataDir: string;
  let port: number;
  let server: EmbeddedServer | undefined;

  beforeAll(async () => {
    // mkdtemp makes the folder 0700: as root, the server (running as `postgres`) must still get in.
    folder = await mkdtemp(path.join(os.tmpdir(), "fc-embedded-test-"));
    dataDir = path.join(folder, "postgres");
    port = await sparePort();
    server = await startEmbeddedServer({ port, dataDir });
  });
  afterAll(async () => {
    await server?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it("answers 200 concurrent queries of different shapes over a pool of 10, each with its own rows", async () => {
    const report = await runConcurrentQueries(server!.url, { queries: 200, connections: 10 });
    expect(report.failed).toEqual([]);
    expect(report.wrong).toEqual([]);
  });

  it("is PostgreSQL in UTF-8 with the search extensions the migrations create", async () => {
    const [info] = await query<{ version: string; encoding: string }>(
      server!.url,
      "SELECT current_setting('server_version_num') AS version, pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()",
    );
    expect(Number(info!.version)).toBeGreaterThanOrEqual(180000);
    expect(info!.encoding).toBe("UTF8");
    const available = await query<{ name: string }>(
      server!.url,
      "SELECT name FROM pg_available_extensions WHERE name = ANY($1) ORDER BY name",
      [["cube", "earthdistance", "pg_trgm", "unaccent"]],
    );
    expect(available.map((e) => e.name)).toEqual(["cube", "earthdistance", "pg_trgm", "unaccent"]);
  });

  it("listens on 127.0.0.1 only, with a password, and keeps the password file private", async () => {
    const noPassword = withDatabase(server!.url, "postgres").replace(/:[^:@/]+@/, "@");
    await expect(query(noPassword, "SELECT 1")).rejects.toThrow(/password/);
    expect((await stat(`${dataDir}-password`)).mode & 0o077).toBe(0);
  });

  it("runs two `pnpm db migrate` started at once on a fresh database: both succeed, each migration applied once", async () => {
    await query(server!.url, "CREATE DATABASE migrate_twice");
    const url = withDatabase(server!.url, "migrate_twice");
    // Hold the migration lock first, so both commands are certainly running at the same time
    // when it is released (Prisma's engine also serialises its own apply step, so two runs that
    // merely overlap would not show whether ours waits before reading the history).
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    const migrate = () =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "packages/db/src/cli.ts", "migrate"], {
          cwd: REPO_ROOT,
          env: { ...process.env, DATABASE_URL: url },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let output = "";
        child.stdout.on("data", (d: Buffer) => (output += d.toString()));
        child.stderr.on("data", (d: Buffer) => (output += d.toString()));
        child.on("exit", (code) => resolve({ code, output }));
      });
    const runs = Promise.all([migrate(), migrate()]);
    const waiting = async () =>
      (
        await holder.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND ((classid::bigint << 32) | objid::bigint) = $1",
          [MIGRATION_LOCK_KEY],
        )
      ).rows[0]!.n;
    const deadline = Date.now() + 90_000;
    while ((await waiting()) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await waiting()).toBe(2);
    const early = await holder.query<{ t: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS t");
    expect(early.rows[0]!.t).toBeNull(); // nothing ran while the lock was held
    await holder.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    await holder.end();

    const [a, b] = await runs;
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    const total = (await readMigrationList()).migrationDirectories.length;
    const rows = await query<{ migration_name: string; n: number }>(
      url,
      "SELECT migration_name, count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL GROUP BY 1",
    );
    expect(rows.length).toBe(total);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    // One did the work; the other waited for it, then found nothing left to apply.
    const outputs = [a.output, b.output];
    expect(
      outputs.every((o) => o.includes("waiting for it to finish")),
      outputs.join("\n---\n"),
    ).toBe(true);
    expect(outputs.filter((o) => /Applying \d+ of/.test(o)).length, outputs.join("\n---\n")).toBe(1);
    expect(outputs.filter((o) => o.includes("Database is up to date")).length, outputs.join("\n---\n")).toBe(1);
  }, 180_000);

  it("imports an earlier version's PGlite folder (pnpm db import-pglite), leaving the folder as it was", async () => {
    const earlier = path.join(await mkdtemp(path.join(os.tmpdir(), "fc-embedded-import-")), "pglite");
    const pglite = await createPGlite(earlier);
    await applyMigrations(pgliteMigrationAdapter(pglite));
    await pglite.exec(`
      INSERT INTO organisation (id, slug, name, type, updated_at) VALUES ('o1', 'digbeth', 'Digbeth Makers', 'CHARITY', now());
      INSERT INTO offer (id, organisation_id, slug, title, summary, updated_at)
        VALUES ('f1', 'o1', 'swim', 'Swimming for beginners', 'Learn to swim: café après', now());`);
    await pglite.close();
    const before = await listing(earlier);

    await query(server!.url, "CREATE DATABASE imported");
    const url = withDatabase(server!.url, "imported");
    const result = await importPglite(earlier, url);
    expect(result.rows).toBe(2);
    const offers = await query<{ title: string; summary: string; found: boolean }>(
      url,
      "SELECT title, summary, search @@ websearch_to_tsquery('english', 'swim') AS found FROM offer",
    );
    expect(offers).toEqual([{ title: "Swimming for beginners", summary: "Learn to swim: café après", found: true }]);
    expect(await listing(earlier)).toEqual(before);
    await rm(path.dirname(earlier), { recursive: true, force: true });
  }, 240_000);

  it("keeps its data across a stop and a start (the data folder is reused, not created again)", async () => {
    await query(server!.url, "CREATE DATABASE kept");
    const url = withDatabase(server!.url, "kept");
    const migration = pgMigrationAdapter(url);
    await applyMigrations(migration.factory);
    await migration.end();
    await query(url, "INSERT INTO category (id, slug, name, updated_at) VALUES ('c1', 'kept', 'Kept', now())");
    await server!.stop();
    server = undefined;

    const lines: string[] = [];
    server = await startEmbeddedServer({ port, dataDir, log: (l) => lines.push(l) });
    expect(lines.join("\n")).not.toMatch(/creating/);
    const rows = await query<{ slug: string }>(withDatabase(server.url, "kept"), "SELECT slug FROM category");
    expect(rows).toEqual([{ slug: "kept" }]);
  });
});

describe("an earlier version's PGlite data folder", () => {
  it("stops the first start with what to do, and leaves the folder untouched", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "fc-embedded-earlier-"));
    await mkdir(path.join(folder, "pglite", "base"), { recursive: true });
    const error = await startEmbeddedServer({ port: await sparePort(), dataDir: path.join(folder, "postgres") }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe("EARLIER_PGLITE_DATA");
    expect((error as Error).message).toMatch(/pglite holds the embedded database of an earlier Free City/);
    expect((error as Error).message).toMatch(/pnpm db reset/);
    expect(await readdir(path.join(folder, "pglite"))).toEqual(["base"]);
    expect(existsSync(path.join(folder, "postgres"))).toBe(false);
    await rm(folder, { recursive: true, force: true });
  });
});
