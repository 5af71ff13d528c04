import { type Database, recordAuditEvent } from "@free-city/db";
import { type PhotoStorage, type ProcessedPhoto, photoKey, storePhoto } from "@free-city/photos";
import { MAX_LISTING_PHOTOS, type PhotoDetails } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { retryOnConflict } from "../retry-on-conflict.ts";
import { type ListingRef, openPhotoSet, readPhotoSet } from "./photo-set.ts";
import { tidyPhotoSet } from "./working-photos.ts";

type Input = ListingRef & { details: PhotoDetails };

/** Refuses early (before anything is stored) when the offer or venue can't take another photo. */
export async function checkListingPhotoRoom(db: Database, ref: ListingRef) {
  const set = await readPhotoSet(db, ref);
  if (set.archived) throw new AppError("INVALID_TRANSITION", { status: "ARCHIVED" });
  if (set.inReview)
    throw new AppError(
      "INVALID_TRANSITION",
      { reason: "in-review" },
      "This offer is waiting for review. Withdraw it from review to change its photos.",
    );
  // The set a new change starts from leaves out the photos turned down or taken down.
  const counted = set.open ? set.where : { AND: [set.where, { rejectedReason: null, photo: { takenDownAt: null } }] };
  if ((await db.listingPhoto.count({ where: counted })) >= MAX_LISTING_PHOTOS) throw new AppError("PHOTO_LIMIT");
}

/**
 * Adds a processed photo to an offer's working revision (made if there is none) or to a venue's
 * photos (an approved venue's change waits for review): the live photos stay until a moderator
 * approves the change. The files are written first, then the rows in one transaction; if that
 * fails, the files nothing else uses are removed again, so a failed call leaves no half-saved photo.
 */
export async function addListingPhoto(
  db: Database,
  storage: PhotoStorage,
  actor: Actor,
  input: Input,
  processed: ProcessedPhoto,
) {
  await checkListingPhotoRoom(db, input);
  await storePhoto(storage, processed);
  try {
    return await retryOnConflict(() =>
      db.$transaction(async (tx) => {
        const set = await openPhotoSet(tx, input);
        const count = await tx.listingPhoto.count({ where: set.where });
        if (count >= MAX_LISTING_PHOTOS) throw new AppError("PHOTO_LIMIT");
        const photo = await tx.photo.create({
          data: {
            organisationId: set.organisationId,
            hash: processed.hash,
            width: processed.width,
            height: processed.height,
            placeholder: processed.placeholder,
            colour: processed.colour,
            variants: processed.variants,
            uploadedById: actor.id,
          },
        });
        await tx.listingPhoto.create({
          data: {
            ...set.place,
            photoId: photo.id,
            position: count,
            altText: input.details.altText,
            caption: input.details.caption,
            people: input.details.people,
            isCover: count === 0,
          },
        });
        await tidyPhotoSet(tx, set.where);
        await set.changed();
        await recordAuditEvent(tx, {
          actor,
          action: `${set.kind}.photo_added`,
          entityType: set.kind,
          entityId: set.listingId,
          organisationId: set.organisationId,
          after: { photoId: photo.id, ...set.auditNote, people: input.details.people },
        });
        return { photoId: photo.id, ...set.place };
      }),
    );
  } catch (error) {
    const inUse = await db.photo.count({ where: { hash: processed.hash } });
    if (inUse === 0)
      await Promise.allSettled(processed.files.map((f) => storage.delete(photoKey(processed.hash, f.width, f.format))));
    throw error;
  }
}
