import type { Database } from "@free-city/db";

/** At most this many entries are shown; older ones drop off the page. */
export const YOU_SAID_WE_DID_LIMIT = 50;

export type YouSaidWeDidEntry = { youSaid: string; weDid: string; publishedAt: Date };

/** "You said, we did": published entries (publishedAt not in the future), newest first. */
export async function listYouSaidWeDid(db: Database, now: Date = new Date()): Promise<YouSaidWeDidEntry[]> {
  const rows = await db.youSaidWeDid.findMany({
    where: { publishedAt: { lte: now } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: YOU_SAID_WE_DID_LIMIT,
    select: { youSaid: true, weDid: true, publishedAt: true },
  });
  return rows.map((row) => ({ youSaid: row.youSaid, weDid: row.weDid, publishedAt: row.publishedAt as Date }));
}
