import type { Prisma } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { findOpenRevision, loadWorkingContent, lockOffer, nextRevisionNumber } from "../offers/working-revision.ts";

type Tx = Prisma.TransactionClient;

const IN_REVIEW_MESSAGE = "This offer is waiting for review. Withdraw it from review to change its photos.";

/**
 * The revision a new draft takes its photos from: the same one its text comes from
 * (`loadWorkingContent`): the latest revision sent back, else the live one, else the latest.
 */
export async function photoSourceRevisionId(
  tx: Pick<Tx, "offerRevision">,
  offer: { id: string; liveRevisionId: string | null },
): Promise<string | null> {
  const latest = await tx.offerRevision.findFirst({ where: { offerId: offer.id }, orderBy: { number: "desc" } });
  if (latest && latest.status !== "APPROVED" && latest.status !== "WITHDRAWN") return latest.id;
  return offer.liveRevisionId ?? latest?.id ?? null;
}

/**
 * Copies one set of photos into another (a revision into a new one, a venue's approved set into
 * its pending one): all but those a moderator turned down or staff took down, in order, keeping
 * the cover (or making the first one the cover).
 */
export async function copyPhotoSet(
  tx: Tx,
  from: Prisma.ListingPhotoWhereInput,
  to: { revisionId: string } | { venueId: string; pending: boolean },
): Promise<void> {
  const photos = await tx.listingPhoto.findMany({
    where: { AND: [from, { rejectedReason: null, photo: { takenDownAt: null } }] },
    orderBy: { position: "asc" },
  });
  const hasCover = photos.some((p) => p.isCover);
  await tx.listingPhoto.createMany({
    data: photos.map((p, index) => ({
      ...to,
      photoId: p.photoId,
      position: index,
      altText: p.altText,
      caption: p.caption,
      isCover: hasCover ? p.isCover : index === 0,
      people: p.people,
    })),
  });
}

/** Copies one revision's photos into a new one (see `copyPhotoSet`). */
export async function copyRevisionPhotos(tx: Tx, fromRevisionId: string | null, toRevisionId: string): Promise<void> {
  if (!fromRevisionId || fromRevisionId === toRevisionId) return;
  await copyPhotoSet(tx, { revisionId: fromRevisionId }, { revisionId: toRevisionId });
}

/**
 * The offer's draft revision to change photos in, made (with the working text and photos) when
 * there is none. Takes the offer's row lock, like a section save; refused while in review.
 */
export async function ensureDraftRevision(
  tx: Tx,
  offer: { id: string; liveRevisionId: string | null; status: string },
): Promise<{ id: string; number: number }> {
  await lockOffer(tx, offer.id);
  if (offer.status === "ARCHIVED") throw new AppError("INVALID_TRANSITION", { status: offer.status });
  const open = await findOpenRevision(tx, offer.id);
  if (open?.status === "IN_REVIEW")
    throw new AppError("INVALID_TRANSITION", { reason: "in-review" }, IN_REVIEW_MESSAGE);
  if (open) return open;
  const source = await photoSourceRevisionId(tx, offer);
  const content = JSON.parse(JSON.stringify(await loadWorkingContent(tx, offer))) as Prisma.InputJsonValue;
  const revision = await tx.offerRevision.create({
    data: { offerId: offer.id, number: await nextRevisionNumber(tx, offer.id), status: "DRAFT", content },
  });
  await copyRevisionPhotos(tx, source, revision.id);
  return revision;
}

/** Renumbers a set's photos 0, 1, 2… and makes sure exactly one is the cover. */
export async function tidyPhotoSet(tx: Tx, where: Prisma.ListingPhotoWhereInput): Promise<void> {
  const photos = await tx.listingPhoto.findMany({
    where,
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const coverId = photos.find((p) => p.isCover)?.id ?? photos[0]?.id;
  for (const [index, photo] of photos.entries()) {
    if (photo.position !== index || photo.isCover !== (photo.id === coverId))
      await tx.listingPhoto.update({
        where: { id: photo.id },
        data: { position: index, isCover: photo.id === coverId },
      });
  }
}
