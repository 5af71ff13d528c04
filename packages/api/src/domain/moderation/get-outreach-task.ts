import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";

/** One outreach task for the officer closing it: what it is, the suggestion it came from, and how it ended. */
export async function getOutreachTask(db: Database, taskId: string) {
  const task = await db.outreachTask.findUnique({
    where: { id: taskId },
    select: {
      id: true,
      title: true,
      notes: true,
      status: true,
      outcome: true,
      createdAt: true,
      closedAt: true,
      district: { select: { id: true, name: true } },
      feedback: { select: { comment: true, redactedAt: true, createdAt: true } },
      youSaidWeDid: { select: { id: true, youSaid: true, weDid: true } },
    },
  });
  if (!task) throw new AppError("NOT_FOUND");
  return task;
}
