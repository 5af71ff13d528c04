import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { DatabaseError } from "../errors.ts";
import { pgliteMigrationAdapter, pgMigrationAdapter } from "../migrate/adapters.ts";
import { applyMigrations } from "../migrate/migrations.ts";
import { createPGlite } from "../pglite.ts";

const BATCH = 1000;

/**
 * Copies everything in an earlier version's PGlite data folder into the PostgreSQL database at
 * `url`, replacing what that database holds. The folder itself is never opened: a copy of it is
 * (PGlite writes to the folder it opens, and brings it up to this version's migrations here).
 *
 * Both sides then have the same tables (the same migrations); each table's rows travel as JSON
 * (`json_agg` out, `json_populate_recordset` in), so every value goes through PostgreSQL's own
 * text form. Triggers and foreign-key checks are off during the copy (session_replication_role):
 * rows arrive as they were, search documents included.
 */
export async function importPglite(
  from: string,
  url: string,
  log: (line: string) => void = () => {},
): Promise<{ tables: number; rows: number }> {
  if (!existsSync(path.join(from, "PG_VERSION"))) {
    throw new DatabaseError("MIGRATION_FAILED", `${from} is not a PGlite data folder (it has no PG_VERSION file).`);
  }
  const scratch = await mkdtemp(path.join(os.tmpdir(), "fc-pglite-import-"));
  const copy = path.join(scratch, "pglite");
  log(`Copying ${from} (the original is left as it is)…`);
  await cp(from, copy, { recursive: true });
  const source = await createPGlite(copy);
  try {
    log("Bringing the copy up to this version's migrations…");
    await applyMigrations(pgliteMigrationAdapter(source), { log: (line) => log(`  ${line}`) });

    log("Replacing the new database's contents…");
    const target = new pg.Client({ connectionString: url });
    await target.connect();
    try {
      await target.query("DROP SCHEMA IF EXISTS public CASCADE");
      await target.query("CREATE SCHEMA public");
    } finally {
      await target.end();
    }
    const migration = pgMigrationAdapter(url);
    try {
      await applyMigrations(migration.factory, { log: (line) => log(`  ${line}`) });
    } finally {
      await migration.end();
    }

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let rows = 0;
    // Every table but the migrations' own record and the content version (the portal's cache key:
    // the migrations start it afresh, and the copy itself moves it on).
    const tables = await client.query<{ name: string; columns: string[] }>(`
      SELECT c.relname AS name,
             array_agg(quote_ident(a.attname) ORDER BY a.attnum) AS columns
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
       WHERE c.relkind = 'r' AND c.relname NOT IN ('_prisma_migrations', 'content_version')
       GROUP BY c.relname ORDER BY c.relname`);
    try {
      await client.query("BEGIN");
      await client.query("SET LOCAL session_replication_role = replica");
      for (const table of tables.rows) {
        const name = `"${table.name.replaceAll('"', '""')}"`;
        const columns = table.columns.join(", ");
        let copied = 0;
        for (let offset = 0; ; offset += BATCH) {
          const batch = await source.query<{ rows: unknown[] | null }>(
            `SELECT json_agg(t) AS rows FROM (SELECT ${columns} FROM ${name} ORDER BY ctid LIMIT ${BATCH} OFFSET ${offset}) t`,
          );
          const values = batch.rows[0]?.rows ?? [];
          if (values.length === 0) break;
          await client.query(
            `INSERT INTO ${name} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${name}, $1::json)`,
            [JSON.stringify(values)],
          );
          copied += values.length;
          if (values.length < BATCH) break;
        }
        if (copied > 0) log(`  ${table.name}: ${copied} row${copied === 1 ? "" : "s"}`);
        rows += copied;
      }
      // Sequences (none today: ids are cuids) continue after the highest copied value.
      const sequences = await client.query<{ seq: string; tbl: string; col: string }>(`
        SELECT s.oid::regclass::text AS seq, t.oid::regclass::text AS tbl, quote_ident(a.attname) AS col
          FROM pg_class s
          JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
          JOIN pg_class t ON t.oid = d.refobjid
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
         WHERE s.relkind = 'S'`);
      for (const { seq, tbl, col } of sequences.rows) {
        await client.query(
          `SELECT setval($1::regclass, COALESCE((SELECT max(${col}) FROM ${tbl}), 1), (SELECT max(${col}) FROM ${tbl}) IS NOT NULL)`,
          [seq],
        );
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw new DatabaseError(
        "MIGRATION_FAILED",
        `Copying from ${from} failed: ${error instanceof Error ? error.message : String(error)}. ` +
          "No row was copied (the new database is migrated and empty); the folder is as it was.",
        { cause: error },
      );
    } finally {
      await client.end();
    }
    return { tables: tables.rows.length, rows };
  } finally {
    await source.close().catch(() => {});
    await rm(scratch, { recursive: true, force: true });
  }
}
