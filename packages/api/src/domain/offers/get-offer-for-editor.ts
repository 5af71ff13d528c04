import type { Database } from "@free-city/db";
import { incompleteSections, type OfferDraftContent } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import { offerActions } from "./lifecycle.ts";
import { loadWorkingContent } from "./working-revision.ts";

/**
 * One of the organisation's offers as its task list shows it: the state, the content being
 * worked on (the open revision, a revision sent back, or the live content), which sections
 * still need work, the council's reason when the latest revision was sent back, and what the
 * partner can do with it now (`actions`, from the lifecycle).
 */
export async function getOfferForEditor(db: Database, input: { organisationId: string; offerId: string }) {
  return db.$transaction(async (tx) => {
    const offer = await tx.offer.findFirst({
      where: { id: input.offerId, organisationId: input.organisationId },
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        liveRevisionId: true,
        lastConfirmedAt: true,
        reminderSentAt: true,
        expiredAt: true,
        publishedAt: true,
      },
    });
    if (!offer) throw new AppError("NOT_FOUND");
    const latest = await tx.offerRevision.findFirst({
      where: { offerId: offer.id },
      orderBy: { number: "desc" },
      select: { status: true, number: true, decision: { select: { outcome: true, reason: true } } },
    });
    const content: OfferDraftContent = await loadWorkingContent(tx, offer);
    const open =
      latest && (latest.status === "DRAFT" || latest.status === "IN_REVIEW")
        ? { status: latest.status, number: latest.number }
        : null;
    const sentBack =
      latest?.decision && (latest.status === "CHANGES_REQUESTED" || latest.status === "REJECTED")
        ? { outcome: latest.decision.outcome, reason: latest.decision.reason }
        : null;
    const incomplete = incompleteSections(content);
    const actions = offerActions({
      status: offer.status,
      openRevision: open,
      complete: Object.keys(incomplete).length === 0,
    });
    return { ...offer, content, incomplete, openRevision: open, sentBack, actions };
  });
}
