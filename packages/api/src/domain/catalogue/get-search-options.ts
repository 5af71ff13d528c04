import type { Database } from "@free-city/db";

/**
 * The choices the portal offers for searching: the city's districts and the category tree
 * (top-level categories with their sub-categories). Archived and merged categories are left out:
 * their offers have moved to the category that replaced them.
 */
export async function getSearchOptions(db: Database) {
  const [districts, categories] = await Promise.all([
    db.district.findMany({ orderBy: { position: "asc" }, select: { slug: true, name: true } }),
    db.category.findMany({
      where: { archivedAt: null, mergedIntoId: null },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true, description: true, icon: true, parentId: true },
    }),
  ]);
  const childrenOf = (parentId: string) =>
    categories.filter((c) => c.parentId === parentId).map(({ slug, name }) => ({ slug, name }));
  return {
    districts,
    categories: categories
      .filter((c) => c.parentId === null)
      .map(({ id, slug, name, description, icon }) => ({ slug, name, description, icon, children: childrenOf(id) })),
  };
}
export type SearchOptions = Awaited<ReturnType<typeof getSearchOptions>>;
