import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { hasBeenLive, moveOfferOrRefuse } from "./lifecycle.ts";

/** Takes a submission back out of review (before anyone decides), so the partner can edit again. */
export async function withdrawSubmission(
  db: Database,
  actor: Actor,
  input: { organisationId: string; offerId: string },
) {
  return db.$transaction(async (tx) => {
    const offer = await tx.offer.findFirst({ where: { id: input.offerId, organisationId: input.organisationId } });
    if (!offer) throw new AppError("NOT_FOUND");
    const pending = await tx.offerRevision.findFirst({ where: { offerId: offer.id, status: "IN_REVIEW" } });
    if (!pending) throw new AppError("INVALID_TRANSITION", { reason: "not-in-review" });
    const updated = await tx.offerRevision.updateMany({
      where: { id: pending.id, status: "IN_REVIEW" },
      data: { status: "DRAFT", claimedById: null, claimedAt: null },
    });
    if (updated.count !== 1) throw new AppError("ALREADY_DECIDED");
    if (!hasBeenLive(offer)) {
      await moveOfferOrRefuse(tx, offer, "DRAFT");
    }
    await recordAuditEvent(tx, {
      actor,
      action: "revision.withdrawn",
      entityType: "offer",
      entityId: offer.id,
      organisationId: offer.organisationId,
      after: { revision: pending.number },
    });
  });
}
