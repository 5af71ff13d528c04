import type { Database } from "@free-city/db";

/**
 * Whether this signed-in person may see a photo's files in the admin (drafts included): staff,
 * or a member of the organisation that uploaded it.
 */
export async function canSeePhotoInAdmin(
  db: Database,
  user: { id: string; staffRole: string | null } | null,
  hash: string,
): Promise<boolean> {
  if (!user) return false;
  if (user.staffRole) return (await db.photo.count({ where: { hash } })) > 0;
  const count = await db.photo.count({
    where: { hash, organisation: { memberships: { some: { userId: user.id } } } },
  });
  return count > 0;
}
