import { type Database, loadOfferContent } from "@free-city/db";
import { type OfferContent, offerContent } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import { stable } from "./field-diff.ts";

const FIELDS = Object.keys(offerContent.shape) as (keyof OfferContent)[];

/** What a field missing from a snapshot made before it existed means: written in English, no translations. */
const UNSET_MEANS = { language: "en", translations: {} } as const;

/** The fields whose values differ (order-insensitive for id lists, which have no order). */
export function changedFields(live: OfferContent | null, pending: OfferContent): (keyof OfferContent)[] {
  const norm = (key: keyof OfferContent, value: unknown) =>
    key === "venueIds" || key === "categoryIds"
      ? stable([...((value as string[]) ?? [])].sort())
      : stable(value ?? UNSET_MEANS[key as keyof typeof UNSET_MEANS]);
  return FIELDS.filter((key) => !live || norm(key, live[key]) !== norm(key, pending[key]));
}

/**
 * Everything a reviewer needs for one submitted revision: the pending content, the live content
 * it would replace (for an edit), which fields changed, the names behind the ids, and the
 * organisation's past decisions.
 */
export async function getRevisionReview(db: Database, revisionId: string) {
  const revision = await db.offerRevision.findUnique({
    where: { id: revisionId },
    select: {
      id: true,
      number: true,
      status: true,
      content: true,
      submittedAt: true,
      claimedAt: true,
      claimedBy: { select: { id: true, email: true } },
      submittedBy: { select: { email: true } },
      decision: { select: { outcome: true, reason: true, createdAt: true, decidedBy: { select: { email: true } } } },
      offer: {
        select: {
          id: true,
          slug: true,
          status: true,
          liveRevisionId: true,
          organisation: { select: { id: true, name: true, verificationStatus: true, suspendedAt: true } },
        },
      },
    },
  });
  if (!revision) throw new AppError("NOT_FOUND");
  const pending = revision.content as OfferContent;
  const live =
    revision.offer.liveRevisionId && revision.offer.liveRevisionId !== revision.id
      ? await db.$transaction((tx) => loadOfferContent(tx, revision.offer.id))
      : null;
  const venueIds = [...new Set([...(pending.venueIds ?? []), ...(live?.venueIds ?? [])])];
  const categoryIds = [...new Set([...(pending.categoryIds ?? []), ...(live?.categoryIds ?? [])])];
  const [venues, categories, history] = await Promise.all([
    db.venue.findMany({
      where: { id: { in: venueIds } },
      select: { id: true, name: true, addressLine1: true, town: true, postcode: true, status: true },
    }),
    db.category.findMany({ where: { id: { in: categoryIds } }, select: { id: true, name: true } }),
    db.reviewDecision.findMany({
      where: { organisationId: revision.offer.organisation.id },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: {
        id: true,
        outcome: true,
        reason: true,
        createdAt: true,
        decidedBy: { select: { email: true } },
        revision: { select: { content: true } },
        venue: { select: { name: true } },
      },
    }),
  ]);
  return {
    revision: {
      id: revision.id,
      number: revision.number,
      status: revision.status,
      submittedAt: revision.submittedAt,
      submittedBy: revision.submittedBy?.email ?? null,
      claimedBy: revision.claimedBy,
      claimedAt: revision.claimedAt,
      decision: revision.decision,
    },
    offer: revision.offer,
    pending,
    live,
    changed: changedFields(live, pending),
    venues,
    categories,
    history: history.map((d) => ({
      id: d.id,
      outcome: d.outcome,
      reason: d.reason,
      at: d.createdAt,
      by: d.decidedBy?.email ?? null,
      subject: d.venue
        ? `Venue: ${d.venue.name}`
        : String((d.revision?.content as { title?: string } | null)?.title ?? "Offer"),
    })),
  };
}
