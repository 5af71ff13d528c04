import type { Database } from "@free-city/db";
import { offerNextStep } from "./lifecycle.ts";

/** A partner's offers with their state, whether an edit is waiting and the next step (from the lifecycle), newest change first. */
export async function listOrganisationOffers(db: Database, organisationId: string) {
  const offers = await db.offer.findMany({
    where: { organisationId, status: { not: "ARCHIVED" } },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      lastConfirmedAt: true,
      updatedAt: true,
      revisions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { status: true, decision: { select: { reason: true, outcome: true } } },
      },
    },
  });
  return offers.map(({ revisions, ...offer }) => {
    const latest = revisions[0];
    const pendingChange =
      offer.status === "LIVE" && (latest?.status === "DRAFT" || latest?.status === "IN_REVIEW") ? latest.status : null;
    return {
      ...offer,
      pendingChange,
      nextStep: offerNextStep({ status: offer.status, pendingChange }),
      reviewerReason: latest?.decision && latest.decision.outcome !== "APPROVED" ? latest.decision.reason : null,
    };
  });
}
