import { type Database, recordAuditEvent } from "@free-city/db";
import type { RejectPhotoInput, TakeDownPhotoInput } from "@free-city/schemas";
import { photoTakenDownEmail } from "../../email/offer-emails.ts";
import { queueEmail } from "../../email/queue-email.ts";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import type { Notifier } from "../notify.ts";
import { ownerEmails } from "../organisations/owner-emails.ts";
import { assertNotOwnOrganisation } from "../review/assert-not-own-organisation.ts";

const reviewSelect = {
  altText: true,
  caption: true,
  isCover: true,
  position: true,
  people: true,
  rejectedReason: true,
  photo: {
    select: { id: true, hash: true, width: true, height: true, placeholder: true, colour: true, takenDownAt: true },
  },
} as const;

/**
 * The photos of a revision in review beside the live ones: each marked added or kept (and
 * whether it moved or became the cover), and the live photos this change removes.
 */
export async function getRevisionPhotos(db: Database, revisionId: string) {
  const revision = await db.offerRevision.findUnique({
    where: { id: revisionId },
    select: { id: true, status: true, offer: { select: { liveRevisionId: true } } },
  });
  if (!revision) throw new AppError("NOT_FOUND");
  const liveId = revision.offer.liveRevisionId;
  const [proposed, live] = await Promise.all([
    db.listingPhoto.findMany({ where: { revisionId }, select: reviewSelect, orderBy: { position: "asc" } }),
    liveId && liveId !== revisionId
      ? db.listingPhoto.findMany({
          where: { revisionId: liveId, rejectedReason: null },
          select: reviewSelect,
          orderBy: { position: "asc" },
        })
      : Promise.resolve([]),
  ]);
  const liveById = new Map(live.map((p, index) => [p.photo.id, { ...p, index }]));
  const proposedIds = new Set(proposed.map((p) => p.photo.id));
  return {
    canDecide: revision.status === "IN_REVIEW",
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
 * A moderator turns down one photo of a change in review, with a reason the partner sees. The
 * rest of the change can still be approved: a turned-down photo never goes live.
 */
export async function rejectPhoto(db: Database, actor: Actor, input: RejectPhotoInput) {
  const reason = input.reason.trim();
  if (!reason) throw new AppError("REASON_REQUIRED");
  return db.$transaction(async (tx) => {
    const row = await tx.listingPhoto.findFirst({
      where: { revisionId: input.revisionId, photoId: input.photoId },
      select: {
        id: true,
        revision: {
          select: { status: true, number: true, offerId: true, offer: { select: { organisationId: true } } },
        },
      },
    });
    if (!row?.revision) throw new AppError("NOT_FOUND");
    if (row.revision.status !== "IN_REVIEW") throw new AppError("ALREADY_DECIDED");
    await assertNotOwnOrganisation(tx, actor, row.revision.offer.organisationId);
    await tx.listingPhoto.update({ where: { id: row.id }, data: { rejectedReason: reason } });
    await recordAuditEvent(tx, {
      actor,
      action: "offer.photo_rejected",
      entityType: "offer",
      entityId: row.revision.offerId,
      organisationId: row.revision.offer.organisationId,
      after: { photoId: input.photoId, revision: row.revision.number, reason },
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
          select: { altText: true, revision: { select: { offer: { select: { id: true, title: true } } } } },
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
    await recordAuditEvent(tx, {
      actor,
      action: "photo.taken_down",
      entityType: offer ? "offer" : "photo",
      entityId: offer?.id ?? photo.id,
      organisationId: photo.organisationId,
      after: { photoId: photo.id, reason },
    });
    const message = photoTakenDownEmail({
      organisationName: photo.organisation.name,
      title: offer?.title ?? "your listing",
      altText: photo.placements[0]?.altText ?? "",
      reason,
      editUrl: offer
        ? `${notifier.links.adminUrl}/organisations/${photo.organisationId}/offers/${offer.id}/photos`
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
