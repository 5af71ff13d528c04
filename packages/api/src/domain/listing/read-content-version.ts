import type { Database } from "@free-city/db";

/**
 * What the public pages show, as one value that changes whenever any of it changes (triggers on
 * every table a public page reads bump it at commit; see the migration content_version). The
 * change time is part of it so a database that was emptied and seeded again never repeats an
 * earlier value. "none" before the first migration with the table has run.
 */
export async function readContentVersion(db: Database): Promise<string> {
  // Not findUnique: Prisma batches findUniques made in the same tick into one `id IN (…)`, which a
  // boolean key does not accept ("Unknown argument `in`"), so two concurrent reads would fail.
  const row = await db.contentVersion.findFirst({ where: { id: true } });
  return row ? `${row.version}-${row.changedAt.getTime()}` : "none";
}
