import type { Database } from "@free-city/db";
import { STAFF_PAGE_SIZE } from "./list-reports.ts";

/**
 * Feedback and suggestions waiting for a decision (oldest first, a page at a time), the latest
 * decided, and the published responses.
 */
export async function listYouthVoice(db: Database, input: { page?: number } = {}) {
  const page = input.page ?? 1;
  const select = {
    id: true,
    kind: true,
    reaction: true,
    comment: true,
    status: true,
    createdAt: true,
    redactedAt: true,
    offer: { select: { title: true } },
    district: { select: { id: true, name: true } },
    category: { select: { name: true } },
    outreach: { select: { id: true, title: true } },
  } as const;
  const [pending, pendingTotal, decided, responses] = await Promise.all([
    db.feedback.findMany({
      where: { status: "PENDING" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select,
    }),
    db.feedback.count({ where: { status: "PENDING" } }),
    db.feedback.findMany({ where: { status: { not: "PENDING" } }, orderBy: { moderatedAt: "desc" }, take: 20, select }),
    db.youSaidWeDid.findMany({
      orderBy: { createdAt: "desc" },
      take: 20,
      select: {
        id: true,
        youSaid: true,
        weDid: true,
        publishedAt: true,
        withdrawnAt: true,
        district: { select: { id: true, name: true } },
      },
    }),
  ]);
  return {
    pending,
    pendingTotal,
    page,
    pages: Math.max(1, Math.ceil(pendingTotal / STAFF_PAGE_SIZE)),
    decided,
    responses,
  };
}
