import type { Database } from "@free-city/db";

/**
 * Each offer's top-level category icon (the first of its top-level categories in the council's
 * order that has one), in one query: the portal draws that category's illustration where the
 * offer has no photo. Offers without one are left out (the portal then draws the default).
 */
export async function categoryIconsOf(db: Database, offerIds: string[]): Promise<Map<string, string>> {
  if (offerIds.length === 0) return new Map();
  const rows = await db.offerCategory.findMany({
    where: { offerId: { in: offerIds } },
    select: {
      offerId: true,
      category: { select: { icon: true, position: true, parent: { select: { icon: true, position: true } } } },
    },
  });
  const best = new Map<string, { icon: string; position: number }>();
  for (const { offerId, category } of rows) {
    // A subcategory stands for its top-level category.
    const top = category.parent ?? category;
    if (!top.icon) continue;
    const current = best.get(offerId);
    if (!current || top.position < current.position) best.set(offerId, { icon: top.icon, position: top.position });
  }
  return new Map([...best].map(([offerId, { icon }]) => [offerId, icon]));
}
