import type { Database } from "@free-city/db";
import { listingPhotoSelect } from "./listing-photo-select.ts";
import { type ListingRef, readPhotoSet } from "./photo-set.ts";

/** The editor also needs the row's id and why a photo was taken down. */
const editorSelect = {
  id: true,
  ...listingPhotoSelect,
  photo: { select: { ...listingPhotoSelect.photo.select, takedownReason: true } },
} as const;

/**
 * The photos a partner is working on, of an offer or a venue (the set in play, or those a new
 * change would start from), and what the council turned down or took down, with the reasons.
 */
export async function listListingPhotos(db: Database, ref: ListingRef) {
  const set = await readPhotoSet(db, ref);
  const rows = await db.listingPhoto.findMany({ where: set.where, select: editorSelect, orderBy: { position: "asc" } });
  // A new change starts without the photos turned down or taken down; they are listed with the reason.
  const working = set.open
    ? rows.filter((r) => !r.photo.takenDownAt)
    : rows.filter((r) => !r.rejectedReason && !r.photo.takenDownAt);
  const turnedDown = rows
    .filter((r) => r.rejectedReason || r.photo.takenDownAt)
    .map((r) => ({
      photoId: r.photo.id,
      altText: r.altText,
      reason: r.rejectedReason ?? r.photo.takedownReason,
      takenDown: Boolean(r.photo.takenDownAt),
    }));
  return {
    kind: set.kind,
    inReview: set.inReview,
    /** A change to the photos waits for the council (the live photos stay until then). */
    changeWaiting: set.changeWaiting,
    archived: set.archived,
    photos: working.map((r) => ({
      photoId: r.photo.id,
      hash: r.photo.hash,
      width: r.photo.width,
      height: r.photo.height,
      placeholder: r.photo.placeholder,
      colour: r.photo.colour,
      altText: r.altText,
      caption: r.caption,
      isCover: r.isCover,
      people: r.people,
      rejectedReason: r.rejectedReason,
    })),
    turnedDown,
  };
}
