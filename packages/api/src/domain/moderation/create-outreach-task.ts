import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";

/** A suggestion turned into a job for officers: recruit a partner for it in a district. */
export async function createOutreachTask(
  db: Database,
  actor: Actor,
  input: { feedbackId: string | null; districtId: string; title: string; notes: string },
) {
  return db.$transaction(async (tx) => {
    if (input.feedbackId && !(await tx.feedback.findUnique({ where: { id: input.feedbackId }, select: { id: true } })))
      throw new AppError("NOT_FOUND");
    if (!(await tx.district.findUnique({ where: { id: input.districtId }, select: { id: true } })))
      throw new AppError("INVALID_FIELDS", { fieldErrors: { districtId: "Choose the district from the list" } });
    const task = await tx.outreachTask.create({ data: { ...input, createdById: actor.id }, select: { id: true } });
    await recordAuditEvent(tx, {
      actor,
      action: "outreach_task.created",
      entityType: "outreach_task",
      entityId: task.id,
      after: input,
    });
    return task;
  });
}
