import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";

/** An offer's approved versions, newest first: who approved each and when, and which one is live. */
export async function listOfferVersions(db: Database, offerId: string) {
  const offer = await db.offer.findUnique({
    where: { id: offerId },
    select: { id: true, title: true, status: true, liveRevisionId: true, organisation: { select: { name: true } } },
  });
  if (!offer) throw new AppError("NOT_FOUND");
  const versions = await db.offerRevision.findMany({
    where: { offerId, status: "APPROVED" },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      content: true,
      submittedBy: { select: { email: true } },
      decision: { select: { createdAt: true, decidedBy: { select: { email: true } } } },
    },
  });
  return {
    offer,
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      title: String((v.content as { title?: string }).title ?? ""),
      summary: String((v.content as { summary?: string }).summary ?? ""),
      approvedAt: v.decision?.createdAt ?? null,
      approvedBy: v.decision?.decidedBy?.email ?? null,
      sentBy: v.submittedBy?.email ?? null,
      live: v.id === offer.liveRevisionId,
    })),
  };
}
