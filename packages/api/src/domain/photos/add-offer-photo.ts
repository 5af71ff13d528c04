import { type Database, recordAuditEvent } from "@free-city/db";
import { type PhotoStorage, type ProcessedPhoto, photoKey, storePhoto } from "@free-city/photos";
import { MAX_LISTING_PHOTOS, type PhotoDetails } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { retryOnConflict } from "../retry-on-conflict.ts";
import { ensureDraftRevision, tidyRevisionPhotos } from "./working-photos.ts";

type Input = { organisationId: string; offerId: string; details: PhotoDetails };

/** Refuses early (before anything is stored) when the offer can't take another photo. */
export async function checkOfferPhotoRoom(db: Database, input: { organisationId: string; offerId: string }) {
  const offer = await db.offer.findFirst({ where: { id: input.offerId, organisationId: input.organisationId } });
  if (!offer) throw new AppError("NOT_FOUND");
  if (offer.status === "ARCHIVED") throw new AppError("INVALID_TRANSITION", { status: offer.status });
  const open = await db.offerRevision.findFirst({
    where: { offerId: offer.id, status: { in: ["DRAFT", "IN_REVIEW"] } },
    orderBy: { number: "desc" },
    select: { id: true, status: true },
  });
  if (open?.status === "IN_REVIEW")
    throw new AppError(
      "INVALID_TRANSITION",
      { reason: "in-review" },
      "This offer is waiting for review. Withdraw it from review to change its photos.",
    );
  if (open && (await db.listingPhoto.count({ where: { revisionId: open.id } })) >= MAX_LISTING_PHOTOS)
    throw new AppError("PHOTO_LIMIT");
}

/**
 * Adds a processed photo to the offer's working revision (made if there is none): the live
 * photos stay until a moderator approves the change. The files are written first, then the rows
 * in one transaction; if that fails, the files nothing else uses are removed again, so a failed
 * call leaves no half-saved photo.
 */
export async function addOfferPhoto(
  db: Database,
  storage: PhotoStorage,
  actor: Actor,
  input: Input,
  processed: ProcessedPhoto,
) {
  await checkOfferPhotoRoom(db, input);
  await storePhoto(storage, processed);
  try {
    return await retryOnConflict(() =>
      db.$transaction(async (tx) => {
        const offer = await tx.offer.findFirst({ where: { id: input.offerId, organisationId: input.organisationId } });
        if (!offer) throw new AppError("NOT_FOUND");
        const revision = await ensureDraftRevision(tx, offer);
        const count = await tx.listingPhoto.count({ where: { revisionId: revision.id } });
        if (count >= MAX_LISTING_PHOTOS) throw new AppError("PHOTO_LIMIT");
        const photo = await tx.photo.create({
          data: {
            organisationId: offer.organisationId,
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
            photoId: photo.id,
            revisionId: revision.id,
            position: count,
            altText: input.details.altText,
            caption: input.details.caption,
            people: input.details.people,
            isCover: count === 0,
          },
        });
        await tidyRevisionPhotos(tx, revision.id);
        await recordAuditEvent(tx, {
          actor,
          action: "offer.photo_added",
          entityType: "offer",
          entityId: offer.id,
          organisationId: offer.organisationId,
          after: { photoId: photo.id, revision: revision.number, people: input.details.people },
        });
        return { photoId: photo.id, revisionId: revision.id };
      }),
    );
  } catch (error) {
    const inUse = await db.photo.count({ where: { hash: processed.hash } });
    if (inUse === 0)
      await Promise.allSettled(processed.files.map((f) => storage.delete(photoKey(processed.hash, f.width, f.format))));
    throw error;
  }
}
