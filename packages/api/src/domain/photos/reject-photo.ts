import { type Database, recordAuditEvent } from "@free-city/db";
import type { RejectPhotoInput } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { assertNotOwnOrganisation } from "../review/assert-not-own-organisation.ts";
import { reviewPhotoSets } from "./review-photo-sets.ts";

/**
 * A moderator turns down one photo of a change in review (an offer's revision, a new venue, or a
 * change to an approved venue), with a reason the partner sees. The rest of the change can still
 * be approved: a turned-down photo never goes live.
 */
export async function rejectPhoto(db: Database, actor: Actor, input: RejectPhotoInput) {
  const reason = input.reason.trim();
  if (!reason) throw new AppError("REASON_REQUIRED");
  const sets = await reviewPhotoSets(db, input);
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
