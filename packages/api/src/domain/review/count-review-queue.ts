import type { Database } from "@free-city/db";

/** How much is waiting for a decision, per kind (the staff home): every item, not only a page of them. */
export async function countReviewQueue(db: Database) {
  const [newOffers, edits, venues, organisations] = await Promise.all([
    db.offerRevision.count({ where: { status: "IN_REVIEW", offer: { liveRevisionId: null } } }),
    db.offerRevision.count({ where: { status: "IN_REVIEW", offer: { liveRevisionId: { not: null } } } }),
    db.venue.count({ where: { status: "PENDING" } }),
    db.organisation.count({ where: { verificationStatus: "UNVERIFIED" } }),
  ]);
  return { newOffers, edits, venues, organisations };
}
