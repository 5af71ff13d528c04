import { applyOfferContent, type Database, Prisma, recordAuditEvent } from "@free-city/db";
import { offerContent, type ReviewDecisionInput } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import type { Notifier } from "../notify.ts";
import { assertNotOwnOrganisation } from "../review/assert-not-own-organisation.ts";
import { assertTransition, hasBeenLive, moveOfferOrRefuse } from "./lifecycle.ts";
import { notifyOwners } from "./notify-owners.ts";

/**
 * A reviewer's decision on a submitted revision. Approval copies the snapshot onto the offer
 * and makes it live in the same transaction as the decision record, so an offer can never be
 * live without one. Two reviewers deciding at once: the revision's status check and the unique
 * decision per revision let exactly one win; the other gets ALREADY_DECIDED. The owners' email
 * (approved, changes needed, not accepted) is queued in that same transaction.
 */
export async function decideRevision(db: Database, notifier: Notifier, actor: Actor, input: ReviewDecisionInput) {
  const reason = input.reason.trim();
  if (input.outcome !== "APPROVED" && reason === "") throw new AppError("REASON_REQUIRED");
  try {
    return await db.$transaction(async (tx) => {
      const revision = await tx.offerRevision.findUnique({ where: { id: input.revisionId }, include: { offer: true } });
      if (!revision) throw new AppError("NOT_FOUND");
      if (revision.status !== "IN_REVIEW") throw new AppError("ALREADY_DECIDED");
      const { offer } = revision;
      await assertNotOwnOrganisation(tx, actor, offer.organisationId);
      const wasLive = hasBeenLive(offer);
      const status = { APPROVED: "APPROVED", CHANGES_REQUESTED: "CHANGES_REQUESTED", REJECTED: "REJECTED" } as const;
      const claimed = await tx.offerRevision.updateMany({
        where: { id: revision.id, status: "IN_REVIEW" },
        data: { status: status[input.outcome] },
      });
      if (claimed.count !== 1) throw new AppError("ALREADY_DECIDED");
      await tx.reviewDecision.create({
        data: {
          organisationId: offer.organisationId,
          revisionId: revision.id,
          outcome: input.outcome,
          reason,
          decidedById: actor.id,
        },
      });

      let nextStatus = offer.status;
      if (input.outcome === "APPROVED") {
        if (!wasLive) assertTransition(offer.status, "LIVE");
        await applyOfferContent(tx, offer.id, offerContent.parse(revision.content));
        nextStatus = offer.status === "ARCHIVED" ? offer.status : "LIVE";
        const now = new Date();
        await moveOfferOrRefuse(tx, offer, nextStatus, {
          liveRevisionId: revision.id,
          publishedAt: offer.publishedAt ?? now,
          lastConfirmedAt: now,
          reminderSentAt: null,
          expiredAt: null,
        });
      } else if (!wasLive) {
        nextStatus = input.outcome === "CHANGES_REQUESTED" ? "CHANGES_REQUESTED" : "REJECTED";
        await moveOfferOrRefuse(tx, offer, nextStatus);
      }
      await recordAuditEvent(tx, {
        actor,
        action: `revision.${input.outcome.toLowerCase()}`,
        entityType: "offer",
        entityId: offer.id,
        organisationId: offer.organisationId,
        before: { status: offer.status, revision: revision.number },
        after: { status: nextStatus, reason: reason || undefined },
      });
      await notifyOwners(
        tx,
        notifier,
        offer.id,
        input.outcome === "APPROVED" ? { kind: "APPROVED" } : { kind: input.outcome, reason },
      );
      return { offerId: offer.id, status: nextStatus };
    });
  } catch (error) {
    // The unique decision per revision: a concurrent decision committed first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("ALREADY_DECIDED");
    throw error;
  }
}
