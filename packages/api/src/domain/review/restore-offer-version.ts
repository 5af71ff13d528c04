import { type Database, type Prisma, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { nextRevisionNumber } from "../offers/working-revision.ts";
import { copyRevisionPhotos } from "../photos/working-photos.ts";
import { retryOnConflict } from "../retry-on-conflict.ts";

/**
 * Brings back an earlier approved version as a new revision waiting for review, so going back
 * is a decision like any other (recorded, and approved before it is public). Refused while
 * another change is already open.
 */
export async function restoreOfferVersion(db: Database, actor: Actor, input: { offerId: string; revisionId: string }) {
  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      const old = await tx.offerRevision.findFirst({
        where: { id: input.revisionId, offerId: input.offerId, status: "APPROVED" },
        select: { number: true, content: true, offer: { select: { organisationId: true, liveRevisionId: true } } },
      });
      if (!old) throw new AppError("NOT_FOUND");
      if (old.offer.liveRevisionId === input.revisionId)
        throw new AppError("INVALID_TRANSITION", { reason: "already-live" }, "That version is the live one already.");
      const open = await tx.offerRevision.count({
        where: { offerId: input.offerId, status: { in: ["DRAFT", "IN_REVIEW"] } },
      });
      if (open > 0)
        throw new AppError(
          "INVALID_TRANSITION",
          { reason: "change-open" },
          "A change to this offer is already open. Decide it (or ask the partner to withdraw it) first.",
        );
      const revision = await tx.offerRevision.create({
        data: {
          offerId: input.offerId,
          number: await nextRevisionNumber(tx, input.offerId),
          status: "IN_REVIEW",
          content: old.content as Prisma.InputJsonValue,
          submittedById: actor.id,
          submittedAt: new Date(),
        },
        select: { id: true, number: true },
      });
      await copyRevisionPhotos(tx, input.revisionId, revision.id);
      await recordAuditEvent(tx, {
        actor,
        action: "revision.restored",
        entityType: "offer",
        entityId: input.offerId,
        organisationId: old.offer.organisationId,
        after: { from: old.number, revision: revision.number },
      });
      return { revisionId: revision.id };
    }),
  );
}
