import type { Database } from "@free-city/db";
import type { ReviewPhotosInput } from "@free-city/schemas";
import { listingPhotoSelect } from "./listing-photo-select.ts";
import { reviewPhotoSets } from "./review-photo-sets.ts";

/**
 * The photos of a change in review beside the live ones, for an offer's revision or a venue:
 * each marked added or kept (and whether it moved or became the cover), and the live photos
 * this change removes.
 */
export async function getReviewPhotos(db: Database, input: ReviewPhotosInput) {
  const sets = await reviewPhotoSets(db, input);
  const [proposed, live] = await Promise.all([
    db.listingPhoto.findMany({ where: sets.where, select: listingPhotoSelect, orderBy: { position: "asc" } }),
    sets.live
      ? db.listingPhoto.findMany({ where: sets.live, select: listingPhotoSelect, orderBy: { position: "asc" } })
      : Promise.resolve([]),
  ]);
  const liveById = new Map(live.map((p, index) => [p.photo.id, { ...p, index }]));
  const proposedIds = new Set(proposed.map((p) => p.photo.id));
  return {
    canDecide: sets.canDecide,
    canReject: sets.canReject,
    photos: proposed.map((p, index) => {
      const before = liveById.get(p.photo.id);
      return {
        ...p,
        change: !before ? ("added" as const) : before.index !== index ? ("moved" as const) : ("kept" as const),
        becameCover: p.isCover && !before?.isCover && Boolean(before),
      };
    }),
    removed: live.filter((p) => !proposedIds.has(p.photo.id)),
  };
}
