import type { Database } from "@free-city/db";

/** The whole taxonomy for administrators: live categories with their offer counts, and the merged or archived ones. */
export async function listTaxonomy(db: Database) {
  const [categories, suggestions] = await Promise.all([
    db.category.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: {
        id: true,
        slug: true,
        name: true,
        description: true,
        parentId: true,
        mergedIntoId: true,
        archivedAt: true,
        _count: { select: { offers: true } },
      },
    }),
    db.categorySuggestion.findMany({
      where: { status: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, note: true, createdAt: true, organisation: { select: { name: true } } },
    }),
  ]);
  const live = categories.filter((c) => !c.mergedIntoId && !c.archivedAt);
  return {
    tree: live
      .filter((c) => c.parentId === null)
      .map((p) => ({
        ...p,
        offers: p._count.offers,
        children: live.filter((c) => c.parentId === p.id).map((c) => ({ ...c, offers: c._count.offers })),
      })),
    retired: categories
      .filter((c) => c.mergedIntoId || c.archivedAt)
      .map((c) => ({
        id: c.id,
        name: c.name,
        mergedInto: categories.find((x) => x.id === c.mergedIntoId)?.name ?? null,
      })),
    suggestions,
  };
}
