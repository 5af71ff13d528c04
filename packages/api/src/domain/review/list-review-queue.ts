import type { Database } from "@free-city/db";
import type { ReviewQueueFilter } from "@free-city/schemas";

/** How long a claim keeps others off an item: long enough to review it, short enough that a forgotten claim frees itself. */
export const CLAIM_MINUTES = 30;

/**
 * At most this many of each kind, oldest first: the queue is worked from the top, the staff home
 * counts everything waiting, and a flood of submissions can't make one page load them all.
 */
export const QUEUE_LIMIT = 200;

export type ReviewQueueItem = {
  kind: "new-offer" | "edit" | "venue" | "organisation";
  id: string;
  title: string;
  organisationId: string;
  organisationName: string;
  waitingSince: Date;
  claimedBy: string | null;
};

/**
 * Everything waiting for a decision, oldest first: new offers, edits to live offers, new venues
 * and organisations to verify. The queue is small (what partners sent this week), so filters by
 * district and category are applied to the submitted content here rather than in SQL.
 */
export async function listReviewQueue(db: Database, filter: ReviewQueueFilter, now = new Date()) {
  const claimFresh = new Date(now.getTime() - CLAIM_MINUTES * 60_000);
  const [revisions, venues, organisations, districtVenues] = await Promise.all([
    filter.kind && !["new-offer", "edit"].includes(filter.kind)
      ? []
      : db.offerRevision.findMany({
          where: { status: "IN_REVIEW", offer: { organisationId: filter.organisationId } },
          orderBy: { submittedAt: "asc" },
          take: QUEUE_LIMIT,
          select: {
            id: true,
            content: true,
            submittedAt: true,
            claimedAt: true,
            claimedBy: { select: { email: true } },
            offer: { select: { liveRevisionId: true, organisation: { select: { id: true, name: true } } } },
          },
        }),
    filter.kind && filter.kind !== "venue"
      ? []
      : db.venue.findMany({
          where: {
            OR: [{ status: "PENDING" }, { status: "APPROVED", changesSubmittedAt: { not: null } }],
            organisationId: filter.organisationId,
            districtId: filter.districtId,
          },
          orderBy: { createdAt: "asc" },
          take: QUEUE_LIMIT,
          select: {
            id: true,
            name: true,
            status: true,
            createdAt: true,
            changesSubmittedAt: true,
            organisation: { select: { id: true, name: true } },
          },
        }),
    filter.kind && filter.kind !== "organisation"
      ? []
      : db.organisation.findMany({
          where: {
            OR: [{ verificationStatus: "UNVERIFIED" }, { profileSubmittedAt: { not: null } }],
            id: filter.organisationId,
          },
          orderBy: { createdAt: "asc" },
          take: QUEUE_LIMIT,
          select: { id: true, name: true, createdAt: true, verificationStatus: true, profileSubmittedAt: true },
        }),
    filter.districtId ? db.venue.findMany({ where: { districtId: filter.districtId }, select: { id: true } }) : null,
  ]);
  const inDistrict = districtVenues ? new Set(districtVenues.map((v) => v.id)) : null;
  const items: ReviewQueueItem[] = [
    ...revisions
      .filter((r) => {
        const content = r.content as { venueIds?: string[]; categoryIds?: string[] };
        if (inDistrict && !content.venueIds?.some((id) => inDistrict.has(id))) return false;
        if (filter.categoryId && !content.categoryIds?.includes(filter.categoryId)) return false;
        const kind = r.offer.liveRevisionId ? "edit" : "new-offer";
        return !filter.kind || filter.kind === kind;
      })
      .map((r) => ({
        kind: r.offer.liveRevisionId ? ("edit" as const) : ("new-offer" as const),
        id: r.id,
        title: String((r.content as { title?: string }).title ?? "Untitled"),
        organisationId: r.offer.organisation.id,
        organisationName: r.offer.organisation.name,
        waitingSince: r.submittedAt ?? now,
        claimedBy: r.claimedAt && r.claimedAt > claimFresh ? (r.claimedBy?.email ?? null) : null,
      })),
    ...(filter.categoryId ? [] : venues).map((v) => ({
      kind: "venue" as const,
      id: v.id,
      title: v.status === "APPROVED" ? `Changes to ${v.name}` : v.name,
      organisationId: v.organisation.id,
      organisationName: v.organisation.name,
      waitingSince: v.changesSubmittedAt ?? v.createdAt,
      claimedBy: null,
    })),
    ...(filter.categoryId || filter.districtId ? [] : organisations).map((o) => ({
      kind: "organisation" as const,
      id: o.id,
      title: o.verificationStatus === "UNVERIFIED" ? o.name : `Changes to ${o.name}'s details`,
      organisationId: o.id,
      organisationName: o.name,
      waitingSince: o.profileSubmittedAt ?? o.createdAt,
      claimedBy: null,
    })),
  ];
  return items.sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime());
}
