import type { Prisma } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { copyPhotoSet, ensureDraftRevision, photoSourceRevisionId } from "./working-photos.ts";

type Tx = Prisma.TransactionClient;
type Reader = Pick<Tx, "offer" | "offerRevision" | "venue">;

/** An offer or a venue of the organisation (exactly one of the two ids). */
export type ListingRef = { organisationId: string; offerId?: string; venueId?: string };

/** Where a new photo of the set goes: an offer's revision, or a venue's approved or pending set. */
export type PhotoPlace = { revisionId: string } | { venueId: string; pending: boolean };

/**
 * The photos a partner works on, for an offer or a venue alike. The photo steps (add, arrange,
 * describe, list) only need this; what differs is where the working set lives: an offer's draft
 * revision, an approved venue's pending set (which replaces the approved one when a reviewer
 * approves it), or the photos of a venue not yet approved (checked with the venue itself).
 */
export type PhotoSet = {
  kind: "offer" | "venue";
  listingId: string;
  organisationId: string;
  /** The rows of the set. */
  where: Prisma.ListingPhotoWhereInput;
  place: PhotoPlace;
  /** What the audit says about where the change went. */
  auditNote: Record<string, unknown>;
  /** Called after a change in the same transaction: an approved venue's change goes to review. */
  changed: () => Promise<void>;
};

const ARCHIVED_VENUE = "This venue is archived, so it can't be changed.";

async function openVenuePhotoSet(tx: Tx, organisationId: string, venueId: string): Promise<PhotoSet> {
  // The venue's row lock: two changes at once, or a change and a reviewer's decision, take turns.
  await tx.$queryRaw`SELECT id FROM venue WHERE id = ${venueId} FOR UPDATE`;
  const venue = await tx.venue.findFirst({
    where: { id: venueId, organisationId },
    select: { id: true, status: true, photoChangesPending: true },
  });
  if (!venue) throw new AppError("NOT_FOUND");
  if (venue.status === "ARCHIVED") throw new AppError("INVALID_TRANSITION", { status: "ARCHIVED" }, ARCHIVED_VENUE);
  // An approved venue's photos are public: a change is made on a copy that waits for review.
  const review = venue.status === "APPROVED";
  if (review && !venue.photoChangesPending)
    await copyPhotoSet(tx, { venueId, pending: false }, { venueId, pending: true });
  return {
    kind: "venue",
    listingId: venue.id,
    organisationId,
    where: { venueId, pending: review },
    place: { venueId, pending: review },
    auditNote: { waitsForReview: review },
    changed: async () => {
      if (review)
        await tx.venue.update({
          where: { id: venue.id },
          data: { photoChangesPending: true, changesSubmittedAt: new Date(), decisionReason: "" },
        });
      else if (venue.status === "REJECTED")
        // Like a change to its details: a venue the council rejected goes back to them for checking.
        await tx.venue.update({ where: { id: venue.id }, data: { status: "PENDING", decisionReason: "" } });
    },
  };
}

/** The set to change (made when there is none yet): call inside a transaction. */
export async function openPhotoSet(tx: Tx, ref: ListingRef): Promise<PhotoSet> {
  if (ref.venueId) return openVenuePhotoSet(tx, ref.organisationId, ref.venueId);
  const offer = await tx.offer.findFirst({ where: { id: ref.offerId ?? "", organisationId: ref.organisationId } });
  if (!offer) throw new AppError("NOT_FOUND");
  const revision = await ensureDraftRevision(tx, offer);
  return {
    kind: "offer",
    listingId: offer.id,
    organisationId: offer.organisationId,
    where: { revisionId: revision.id },
    place: { revisionId: revision.id },
    auditNote: { revision: revision.number },
    changed: async () => {},
  };
}

/**
 * The set a partner sees, without changing anything: `open` when it is the set in play (an
 * offer's open revision, a venue's pending set, a venue not yet approved), else the set a new
 * change would start from (then its turned-down photos are left out of it).
 */
export async function readPhotoSet(db: Reader, ref: ListingRef) {
  if (ref.venueId) {
    const venue = await db.venue.findFirst({
      where: { id: ref.venueId, organisationId: ref.organisationId },
      select: { id: true, status: true, photoChangesPending: true },
    });
    if (!venue) throw new AppError("NOT_FOUND");
    const pending = venue.status === "APPROVED" && venue.photoChangesPending;
    return {
      kind: "venue" as const,
      where: { venueId: venue.id, pending } satisfies Prisma.ListingPhotoWhereInput,
      open: venue.status !== "APPROVED" || pending,
      inReview: false,
      changeWaiting: pending,
      archived: venue.status === "ARCHIVED",
    };
  }
  const offer = await db.offer.findFirst({ where: { id: ref.offerId ?? "", organisationId: ref.organisationId } });
  if (!offer) throw new AppError("NOT_FOUND");
  const open = await db.offerRevision.findFirst({
    where: { offerId: offer.id, status: { in: ["DRAFT", "IN_REVIEW"] } },
    orderBy: { number: "desc" },
    select: { id: true, status: true },
  });
  const sourceId = open?.id ?? (await photoSourceRevisionId(db, offer));
  return {
    kind: "offer" as const,
    // No revision yet: a set nothing is in.
    where: { revisionId: sourceId ?? "" } satisfies Prisma.ListingPhotoWhereInput,
    open: Boolean(open),
    inReview: open?.status === "IN_REVIEW",
    changeWaiting: open?.status === "IN_REVIEW",
    archived: offer.status === "ARCHIVED",
  };
}
