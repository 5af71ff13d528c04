import type { Database } from "@free-city/db";

/**
 * The council's taxonomy as partners choose from it: top-level categories, each followed by its
 * sub-categories ("Sport › Football"). Archived and merged categories are not offered.
 */
export async function listPartnerCategories(db: Database) {
  const categories = await db.category.findMany({
    where: { archivedAt: null, mergedIntoId: null },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, description: true, parentId: true },
  });
  return categories
    .filter((c) => c.parentId === null)
    .map((parent) => ({
      id: parent.id,
      slug: parent.slug,
      name: parent.name,
      description: parent.description,
      children: categories.filter((c) => c.parentId === parent.id).map(({ id, slug, name }) => ({ id, slug, name })),
    }));
}
