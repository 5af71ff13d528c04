import type { Database } from "@free-city/db";

/** An organisation's category suggestions, newest first, with what staff decided. */
export function listCategorySuggestions(db: Database, organisationId: string) {
  return db.categorySuggestion.findMany({
    where: { organisationId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, status: true, createdAt: true },
  });
}
