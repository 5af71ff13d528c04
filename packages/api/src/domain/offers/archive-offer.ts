import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { assertTransition, moveOfferOrRefuse } from "./lifecycle.ts";

/** Takes an offer off Free City for good: it leaves the portal at once; open edits are withdrawn. */
export async function archiveOffer(db: Database, actor: Actor, input: { organisationId: string; offerId: string }) {
  return db.$transaction(async (tx) => {
    const offer = await tx.offer.findFirst({ where: { id: input.offerId, organisationId: input.organisationId } });
    if (!offer) throw new AppError("NOT_FOUND");
    assertTransition(offer.status, "ARCHIVED");
    await tx.offerRevision.updateMany({
      where: { offerId: offer.id, status: { in: ["DRAFT", "IN_REVIEW"] } },
      data: { status: "WITHDRAWN", claimedById: null, claimedAt: null },
    });
    await moveOfferOrRefuse(tx, offer, "ARCHIVED", { archivedAt: new Date() });
    await recordAuditEvent(tx, {
      actor,
      action: "offer.archived",
      entityType: "offer",
      entityId: offer.id,
      organisationId: offer.organisationId,
      before: { status: offer.status },
      after: { status: "ARCHIVED" },
    });
  });
}
