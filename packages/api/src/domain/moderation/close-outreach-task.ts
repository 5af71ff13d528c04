import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";

/**
 * An officer closes an outreach task with what came of it. When the outcome is something young
 * people should hear about, it becomes a "You said, we did" entry for the task's district in the
 * same step (linked to the suggestion the task came from), so the loop visibly closes.
 */
export async function closeOutreachTask(
  db: Database,
  actor: Actor,
  input: { taskId: string; outcome: string; publish: { youSaid: string; weDid: string } | null },
) {
  return db.$transaction(async (tx) => {
    const task = await tx.outreachTask.findUnique({
      where: { id: input.taskId },
      select: { id: true, status: true, districtId: true, feedbackId: true },
    });
    if (!task) throw new AppError("NOT_FOUND");
    const entry = input.publish
      ? await tx.youSaidWeDid.create({
          data: {
            feedbackId: task.feedbackId,
            districtId: task.districtId,
            youSaid: input.publish.youSaid,
            weDid: input.publish.weDid,
            authorId: actor.id,
            publishedAt: new Date(),
          },
          select: { id: true },
        })
      : null;
    const closed = await tx.outreachTask.updateMany({
      where: { id: task.id, status: "OPEN" },
      data: {
        status: "DONE",
        outcome: input.outcome,
        closedAt: new Date(),
        closedById: actor.id,
        youSaidWeDidId: entry?.id ?? null,
      },
    });
    // Two officers closing the same task: the second is told, and its entry is not kept.
    if (closed.count !== 1) throw new AppError("ALREADY_DECIDED");
    await recordAuditEvent(tx, {
      actor,
      action: "outreach_task.closed",
      entityType: "outreach_task",
      entityId: task.id,
      after: { outcome: input.outcome, youSaidWeDidId: entry?.id ?? null },
    });
    if (entry)
      await recordAuditEvent(tx, {
        actor,
        action: "you_said_we_did.published",
        entityType: "you_said_we_did",
        entityId: entry.id,
        after: { ...input.publish, districtId: task.districtId, outreachTaskId: task.id },
      });
    return { entryId: entry?.id ?? null };
  });
}
