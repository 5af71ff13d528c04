import type { Database, Reaction } from "@free-city/db";

/**
 * How many young people said what about an offer: published reactions only (a moderator let them
 * through), as counts per reaction in a fixed order. Counts only: nothing says who.
 */
export async function countPublishedReactions(
  db: Pick<Database, "feedback">,
  offerId: string,
): Promise<{ reaction: Reaction; count: number }[]> {
  const rows = await db.feedback.groupBy({
    by: ["reaction"],
    where: { offerId, kind: "REACTION", status: "PUBLISHED", reaction: { not: null } },
    _count: { _all: true },
  });
  const order: Reaction[] = ["LOVED_IT", "GOOD", "OKAY", "NOT_FOR_ME"];
  return order
    .map((reaction) => ({ reaction, count: rows.find((row) => row.reaction === reaction)?._count._all ?? 0 }))
    .filter((row) => row.count > 0);
}
