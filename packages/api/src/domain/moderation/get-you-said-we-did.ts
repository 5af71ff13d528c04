import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";

/**
 * One "You said, we did" entry for staff, with its history: its audit events (published, each
 * correction with the words before and after, withdrawn with the reason), oldest first.
 */
export async function getYouSaidWeDid(db: Database, entryId: string) {
  const entry = await db.youSaidWeDid.findUnique({
    where: { id: entryId },
    select: {
      id: true,
      youSaid: true,
      weDid: true,
      publishedAt: true,
      withdrawnAt: true,
      district: { select: { id: true, name: true } },
      feedback: { select: { comment: true, redactedAt: true } },
    },
  });
  if (!entry) throw new AppError("NOT_FOUND");
  const history = await db.auditEvent.findMany({
    where: { entityType: "you_said_we_did", entityId: entryId },
    orderBy: { createdAt: "asc" },
    select: { id: true, action: true, actorLabel: true, createdAt: true, before: true, after: true },
  });
  return { ...entry, history };
}
