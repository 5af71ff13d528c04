import type { Database } from "@free-city/db";

/** A partner's offers with their state and whether an edit is waiting, newest change first. */
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
    return {
      ...offer,
      pendingChange:
        offer.status === "LIVE" && (latest?.status === "DRAFT" || latest?.status === "IN_REVIEW")
          ? latest.status
          : null,
      reviewerReason: latest?.decision && latest.decision.outcome !== "APPROVED" ? latest.decision.reason : null,
    };
  });
}
