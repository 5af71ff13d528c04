import { type Database, recordAuditEvent } from "@free-city/db";
import type { TakeDownPhotoInput } from "@free-city/schemas";
import { photoTakenDownEmail } from "../../email/offer-emails.ts";
import { queueEmail } from "../../email/queue-email.ts";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import type { Notifier } from "../notify.ts";
import { ownerEmails } from "../organisations/owner-emails.ts";

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
