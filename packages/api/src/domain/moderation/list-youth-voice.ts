import type { Database } from "@free-city/db";

/** Feedback and suggestions waiting for a decision (oldest first), the latest decided, and the published responses. */
export async function listYouthVoice(db: Database) {
  const select = {
    id: true,
    kind: true,
    reaction: true,
    comment: true,
    status: true,
    createdAt: true,
    offer: { select: { title: true } },
    district: { select: { id: true, name: true } },
    category: { select: { name: true } },
    outreach: { select: { id: true, title: true } },
  } as const;
  const [pending, decided, responses] = await Promise.all([
    db.feedback.findMany({ where: { status: "PENDING" }, orderBy: { createdAt: "asc" }, select }),
    db.feedback.findMany({ where: { status: { not: "PENDING" } }, orderBy: { moderatedAt: "desc" }, take: 20, select }),
    db.youSaidWeDid.findMany({
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, youSaid: true, weDid: true, publishedAt: true },
    }),
  ]);
  return { pending, decided, responses };
}
