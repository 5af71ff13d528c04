import type { Database, Prisma } from "@free-city/db";
import type { ReviewPhotosInput } from "@free-city/schemas";
import { AppError } from "../../errors.ts";

export type ReviewPhotoSets = {
  where: Prisma.ListingPhotoWhereInput;
  live: Prisma.ListingPhotoWhereInput | null;
  /** The change is waiting for a decision. */
  canDecide: boolean;
  /** Its photos are a proposal (not the live ones), so one can be turned down. */
  canReject: boolean;
};

/**
 * What a reviewer compares, for an offer's revision or a venue: the proposed set and the live one
 * (none for a new venue; for an approved venue without a change, its approved set against itself,
 * so staff can still take one down).
 */
export async function reviewPhotoSets(db: Database, input: ReviewPhotosInput): Promise<ReviewPhotoSets> {
  if (input.venueId) {
    const venue = await db.venue.findUnique({
      where: { id: input.venueId },
      select: { id: true, status: true, photoChangesPending: true, changesSubmittedAt: true },
    });
    if (!venue) throw new AppError("NOT_FOUND");
    const approved = venue.status === "APPROVED";
    const changed = approved && venue.photoChangesPending;
    return {
      where: { venueId: venue.id, pending: changed },
      live: approved ? { venueId: venue.id, pending: false, rejectedReason: null } : null,
      canDecide: venue.status === "PENDING" || (approved && venue.changesSubmittedAt !== null),
      canReject: venue.status === "PENDING" || changed,
    };
  }
  const revision = await db.offerRevision.findUnique({
    where: { id: input.revisionId ?? "" },
    select: { id: true, status: true, offer: { select: { liveRevisionId: true } } },
  });
  if (!revision) throw new AppError("NOT_FOUND");
  const liveId = revision.offer.liveRevisionId;
  return {
    where: { revisionId: revision.id },
    live: liveId && liveId !== revision.id ? { revisionId: liveId, rejectedReason: null } : null,
    canDecide: revision.status === "IN_REVIEW",
    canReject: revision.status === "IN_REVIEW",
  };
}
