import { type Database, Prisma } from "@free-city/db";

/**
 * An offer's category icon (alias `o`), as SQL: the icon of the first of its top-level
 * categories in the council's order that has one (a subcategory stands for its top-level
 * category), or null. The portal draws that category's illustration where the offer has no photo.
 */
export const categoryIconSql = Prisma.sql`(SELECT top.icon FROM offer_category oc
  JOIN category c ON c.id = oc.category_id JOIN category top ON top.id = coalesce(c.parent_id, c.id)
  WHERE oc.offer_id = o.id AND top.icon IS NOT NULL ORDER BY top.position, top.id LIMIT 1)`;

/** Each offer's category icon (`categoryIconSql`), in one query. Offers without one are left out. */
export async function categoryIconsOf(db: Database, offerIds: string[]): Promise<Map<string, string>> {
  if (offerIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; icon: string | null }[]>`
    SELECT o.id, ${categoryIconSql} AS icon FROM offer o WHERE o.id IN (${Prisma.join(offerIds)})`;
  return new Map(rows.flatMap((row) => (row.icon ? [[row.id, row.icon] as const] : [])));
}
