import { type Database, type Prisma, recordAuditEvent } from "@free-city/db";
import type { RejectPhotoInput, ReviewPhotosInput, TakeDownPhotoInput } from "@free-city/schemas";
import { photoTakenDownEmail } from "../../email/offer-emails.ts";
import { queueEmail } from "../../email/queue-email.ts";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import type { Notifier } from "../notify.ts";
import { ownerEmails } from "../organisations/owner-emails.ts";
import { assertNotOwnOrganisation } from "../review/assert-not-own-organisation.ts";
import { listingPhotoSelect } from "./listing-photo-select.ts";

type Rows = {
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
async function reviewSets(db: Database, input: ReviewPhotosInput): Promise<Rows> {
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

/**
 * The photos of a change in review beside the live ones, for an offer's revision or a venue:
 * each marked added or kept (and whether it moved or became the cover), and the live photos
 * this change removes.
 */
export async function getReviewPhotos(db: Database, input: ReviewPhotosInput) {
  const sets = await reviewSets(db, input);
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

/**
 * A moderator turns down one photo of a change in review (an offer's revision, a new venue, or a
 * change to an approved venue), with a reason the partner sees. The rest of the change can still
 * be approved: a turned-down photo never goes live.
 */
export async function rejectPhoto(db: Database, actor: Actor, input: RejectPhotoInput) {
  const reason = input.reason.trim();
  if (!reason) throw new AppError("REASON_REQUIRED");
  const sets = await reviewSets(db, input);
  if (!sets.canReject) throw new AppError("ALREADY_DECIDED");
  return db.$transaction(async (tx) => {
    const row = await tx.listingPhoto.findFirst({
      where: { AND: [sets.where, { photoId: input.photoId }] },
      select: {
        id: true,
        revision: {
          select: { status: true, number: true, offerId: true, offer: { select: { organisationId: true } } },
        },
        venue: { select: { id: true, organisationId: true } },
      },
    });
    if (!row) throw new AppError("NOT_FOUND");
    if (row.revision && row.revision.status !== "IN_REVIEW") throw new AppError("ALREADY_DECIDED");
    const organisationId = row.revision?.offer.organisationId ?? row.venue?.organisationId ?? "";
    await assertNotOwnOrganisation(tx, actor, organisationId);
    await tx.listingPhoto.update({ where: { id: row.id }, data: { rejectedReason: reason } });
    await recordAuditEvent(tx, {
      actor,
      action: row.revision ? "offer.photo_rejected" : "venue.photo_rejected",
      entityType: row.revision ? "offer" : "venue",
      entityId: row.revision?.offerId ?? row.venue?.id ?? "",
      organisationId,
      after: { photoId: input.photoId, ...(row.revision ? { revision: row.revision.number } : {}), reason },
    });
    return { ok: true };
  });
}

/**
 * Staff take a photo off the portal at once (from a report, say), wherever it shows. Audited;
 * the organisation's owners are told why by email, queued in the same transaction.
 */
export async function takeDownPhoto(db: Database, notifier: Notifier, actor: Actor, input: TakeDownPhotoInput) {
  const reason = input.reason.trim();
  if (!reason) throw new AppError("REASON_REQUIRED");
  return db.$transaction(async (tx) => {
    const photo = await tx.photo.findUnique({
      where: { id: input.photoId },
      select: {
        id: true,
        organisationId: true,
        takenDownAt: true,
        organisation: { select: { name: true } },
        placements: {
          take: 1,
          orderBy: { createdAt: "desc" },
          select: {
            altText: true,
            revision: { select: { offer: { select: { id: true, title: true } } } },
            venue: { select: { id: true, name: true } },
          },
        },
      },
    });
    if (!photo) throw new AppError("NOT_FOUND");
    if (photo.takenDownAt) throw new AppError("ALREADY_DECIDED");
    await tx.photo.update({
      where: { id: photo.id },
      data: { takenDownAt: new Date(), takenDownById: actor.id, takedownReason: reason },
    });
    const offer = photo.placements[0]?.revision?.offer;
    const venue = photo.placements[0]?.venue;
    await recordAuditEvent(tx, {
      actor,
      action: "photo.taken_down",
      entityType: offer ? "offer" : venue ? "venue" : "photo",
      entityId: offer?.id ?? venue?.id ?? photo.id,
      organisationId: photo.organisationId,
      after: { photoId: photo.id, reason },
    });
    const message = photoTakenDownEmail({
      organisationName: photo.organisation.name,
      title: offer?.title ?? venue?.name ?? "your listing",
      altText: photo.placements[0]?.altText ?? "",
      reason,
      editUrl: offer
        ? `${notifier.links.adminUrl}/organisations/${photo.organisationId}/offers/${offer.id}/photos`
        : venue
          ? `${notifier.links.adminUrl}/organisations/${photo.organisationId}/venues/${venue.id}/photos`
          : `${notifier.links.adminUrl}/organisations/${photo.organisationId}`,
    });
    for (const to of await ownerEmails(tx, photo.organisationId)) await queueEmail(tx, { to, ...message });
    return { ok: true };
  });
}

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
