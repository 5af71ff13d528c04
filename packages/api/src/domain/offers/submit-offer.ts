import { type Database, recordAuditEvent } from "@free-city/db";
import { incompleteSections, offerContent } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import type { Notifier } from "../notify.ts";
import { assertTransition, hasBeenLive, moveOfferOrRefuse } from "./lifecycle.ts";
import { notifyOwners } from "./notify-owners.ts";
import { lockOffer } from "./working-revision.ts";

/**
 * Sends the working revision for review. Refused, naming the sections, when anything is missing.
 * The owners' "sent for review" email is queued in the same transaction.
 */
export async function submitOffer(
  db: Database,
  notifier: Notifier,
  actor: Actor,
  input: { organisationId: string; offerId: string },
) {
  return db.$transaction(async (tx) => {
    const offer = await tx.offer.findFirst({ where: { id: input.offerId, organisationId: input.organisationId } });
    if (!offer) throw new AppError("NOT_FOUND");
    await lockOffer(tx, offer.id);
    const draft = await tx.offerRevision.findFirst({
      where: { offerId: offer.id, status: "DRAFT" },
      orderBy: { number: "desc" },
    });
    if (!draft)
      throw new AppError("INVALID_TRANSITION", { reason: "nothing-to-submit" }, "There are no changes to submit.");
    const missing = incompleteSections(draft.content);
    const parsed = offerContent.safeParse(draft.content);
    if (Object.keys(missing).length > 0 || !parsed.success)
      throw new AppError("OFFER_INCOMPLETE", { sections: missing });

    const live = hasBeenLive(offer);
    if (!live) assertTransition(offer.status, "IN_REVIEW");
    const updated = await tx.offerRevision.updateMany({
      where: { id: draft.id, status: "DRAFT" },
      data: { status: "IN_REVIEW", content: parsed.data, submittedById: actor.id, submittedAt: new Date() },
    });
    if (updated.count !== 1) throw new AppError("INVALID_TRANSITION");
    if (!live) await moveOfferOrRefuse(tx, offer, "IN_REVIEW");
    await recordAuditEvent(tx, {
      actor,
      action: "revision.submitted",
      entityType: "offer",
      entityId: offer.id,
      organisationId: offer.organisationId,
      before: { status: offer.status },
      after: { status: live ? offer.status : "IN_REVIEW", revision: draft.number },
    });
    await notifyOwners(tx, notifier, offer.id, { kind: "submitted", isEdit: live });
    return { revisionId: draft.id, isEdit: live };
  });
}
