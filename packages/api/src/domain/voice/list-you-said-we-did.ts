import type { Database } from "@free-city/db";

/** At most this many entries are shown; older ones drop off the page. */
export const YOU_SAID_WE_DID_LIMIT = 50;

export type YouSaidWeDidEntry = {
  youSaid: string;
  weDid: string;
  publishedAt: Date;
  district: { slug: string; name: string } | null;
};

/**
 * "You said, we did": published entries (publishedAt not in the future, not withdrawn), newest
 * first; for one district's page, only that district's (`districtId`).
 */
export async function listYouSaidWeDid(
  db: Database,
  options: { districtId?: string; limit?: number; now?: Date } = {},
): Promise<YouSaidWeDidEntry[]> {
  const rows = await db.youSaidWeDid.findMany({
    where: {
      publishedAt: { lte: options.now ?? new Date() },
      withdrawnAt: null,
      ...(options.districtId ? { districtId: options.districtId } : {}),
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: options.limit ?? YOU_SAID_WE_DID_LIMIT,
    select: { youSaid: true, weDid: true, publishedAt: true, district: { select: { slug: true, name: true } } },
  });
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt as Date }));
}
