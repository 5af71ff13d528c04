import { type Database, Prisma } from "@free-city/db";
import { DEFAULT_PHOTO_GRACE_DAYS, type PhotoStorage, photoKey } from "@free-city/photos";
import { photoVariants } from "@free-city/schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether something still uses photo `p`: a placement not turned down, of a photo not taken
 * down, in an offer that isn't archived (its live revision, its latest one, or one a partner or
 * moderator has open), or at a venue that isn't archived. Everything else (a photo removed in a
 * change since approved, the photos of an archived offer, a photo turned down or taken down, an
 * upload whose rows were never written) is unused. One SQL condition, used to mark and to delete.
 */
const inUse = Prisma.sql`(
  p.taken_down_at IS NULL AND EXISTS (
    SELECT 1 FROM listing_photo lp
      LEFT JOIN offer_revision r ON r.id = lp.revision_id
      LEFT JOIN offer o ON o.id = r.offer_id
      LEFT JOIN venue v ON v.id = lp.venue_id
     WHERE lp.photo_id = p.id AND lp.rejected_reason IS NULL
       AND ((o.id IS NOT NULL AND o.status <> 'ARCHIVED'
             AND (o.live_revision_id = r.id
                  OR r.status IN ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED')
                  OR r.number = (SELECT max(r2.number) FROM offer_revision r2 WHERE r2.offer_id = o.id)))
         OR (v.id IS NOT NULL AND v.status <> 'ARCHIVED'))))`;

export type RemovedPhotos = { marked: number; kept: number; deleted: number; files: number };

/**
 * The photo-files job: marks photos nothing uses any more (and unmarks those used again), then
 * deletes the rows of those unused for the grace period, and their files once no other photo
 * row has the same files (the same picture can be uploaded twice). Idempotent: running it again
 * finds nothing more to do; a file already gone is fine.
 */
export async function removeUnusedPhotos(
  db: Database,
  storage: PhotoStorage,
  /** `graceDays`: the setting FREE_CITY_PHOTO_GRACE_DAYS (`readPhotoGraceDays`), given by the caller. */
  options: { now?: Date; graceDays?: number } = {},
): Promise<RemovedPhotos> {
  const now = options.now ?? new Date();
  const graceDays = options.graceDays ?? DEFAULT_PHOTO_GRACE_DAYS;
  const cutoff = new Date(now.getTime() - graceDays * DAY_MS);
  const kept = await db.$executeRaw`
    UPDATE photo p SET unreferenced_since = NULL WHERE p.unreferenced_since IS NOT NULL AND ${inUse}`;
  const marked = await db.$executeRaw`
    UPDATE photo p SET unreferenced_since = ${now} WHERE p.unreferenced_since IS NULL AND NOT ${inUse}`;
  // The condition again in the DELETE itself: a photo used again since it was marked stays.
  const deleted = await db.$queryRaw<{ hash: string; variants: unknown }[]>`
    DELETE FROM photo p WHERE p.unreferenced_since <= ${cutoff} AND NOT ${inUse} RETURNING p.hash, p.variants`;

  let files = 0;
  const hashes = new Map(deleted.map((row) => [row.hash, row.variants]));
  for (const [hash, variants] of hashes) {
    if ((await db.photo.count({ where: { hash } })) > 0) continue;
    const parsed = photoVariants.safeParse(variants);
    for (const variant of parsed.success ? parsed.data : []) {
      await storage.delete(photoKey(hash, variant.width, variant.format));
      files++;
    }
  }
  return { marked, kept, deleted: deleted.length, files };
}
