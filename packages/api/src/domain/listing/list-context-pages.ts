import type { Database } from "@free-city/db";

/** The context pages in order (about, privacy, accessibility…), without their bodies. */
export function listContextPages(db: Database) {
  return db.contextPage.findMany({
    orderBy: { position: "asc" },
    select: { slug: true, title: true, summary: true, audience: true },
  });
}
