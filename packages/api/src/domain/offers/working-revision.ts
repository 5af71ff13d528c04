import { loadOfferContent, type Prisma } from "@free-city/db";
import type { OfferDraftContent } from "@free-city/schemas";

type Tx = Prisma.TransactionClient;

/** The revision a partner is editing (DRAFT), or the one waiting for review, if any. */
export async function findOpenRevision(tx: Tx, offerId: string) {
  return tx.offerRevision.findFirst({
    where: { offerId, status: { in: ["DRAFT", "IN_REVIEW"] } },
    orderBy: { number: "desc" },
  });
}

/**
 * The content a partner starts editing from: the open revision, else the latest revision sent
 * back (changes requested or rejected), else the live offer.
 */
export async function loadWorkingContent(
  tx: Tx,
  offer: { id: string; liveRevisionId: string | null },
): Promise<OfferDraftContent> {
  const latest = await tx.offerRevision.findFirst({ where: { offerId: offer.id }, orderBy: { number: "desc" } });
  if (latest && latest.status !== "APPROVED" && latest.status !== "WITHDRAWN")
    return latest.content as OfferDraftContent;
  if (offer.liveRevisionId) return loadOfferContent(tx, offer.id);
  return (latest?.content ?? {}) as OfferDraftContent;
}

/**
 * Takes the offer's row lock until the transaction ends: saves, submissions and withdrawals of
 * one offer happen one after another, each seeing what the one before it committed.
 */
export async function lockOffer(tx: Tx, offerId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM offer WHERE id = ${offerId} FOR UPDATE`;
}

export async function nextRevisionNumber(tx: Tx, offerId: string): Promise<number> {
  const last = await tx.offerRevision.aggregate({ where: { offerId }, _max: { number: true } });
  return (last._max.number ?? 0) + 1;
}
