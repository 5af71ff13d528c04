import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { CLAIM_MINUTES } from "./list-review-queue.ts";

/**
 * A reviewer claims a submitted revision so nobody else reviews it at the same time. The claim
 * is one conditional update: of two reviewers claiming at once, exactly one wins. A claim older
 * than CLAIM_MINUTES has lapsed and can be taken.
 */
export async function claimRevision(db: Database, actor: Actor, revisionId: string, now = new Date()) {
  const lapsed = new Date(now.getTime() - CLAIM_MINUTES * 60_000);
  const claimed = await db.offerRevision.updateMany({
    where: {
      id: revisionId,
      status: "IN_REVIEW",
      OR: [{ claimedById: null }, { claimedById: actor.id }, { claimedAt: { lt: lapsed } }],
    },
    data: { claimedById: actor.id, claimedAt: now },
  });
  if (claimed.count !== 1) {
    const revision = await db.offerRevision.findUnique({
      where: { id: revisionId },
      select: { status: true, claimedBy: { select: { email: true } }, offer: { select: { organisationId: true } } },
    });
    if (!revision) throw new AppError("NOT_FOUND");
    if (revision.status !== "IN_REVIEW") throw new AppError("ALREADY_DECIDED");
    throw new AppError(
      "ALREADY_CLAIMED",
      { by: revision.claimedBy?.email ?? null },
      `${revision.claimedBy?.email ?? "Someone"} is reviewing this. It frees up if they leave it for ${CLAIM_MINUTES} minutes.`,
    );
  }
  const offer = await db.offerRevision.findUniqueOrThrow({
    where: { id: revisionId },
    select: { offerId: true, offer: { select: { organisationId: true } } },
  });
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      actor,
      action: "revision.claimed",
      entityType: "offer",
      entityId: offer.offerId,
      organisationId: offer.offer.organisationId,
      after: { revision: revisionId },
    }),
  );
  return { claimedAt: now };
}
