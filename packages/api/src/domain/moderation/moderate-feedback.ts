import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";

/** Publish or hide one piece of youth feedback (a reaction or a suggestion). */
export async function moderateFeedback(
  db: Database,
  actor: Actor,
  input: { feedbackId: string; action: "publish" | "hide" },
) {
  return db.$transaction(async (tx) => {
    const status = input.action === "publish" ? "PUBLISHED" : "HIDDEN";
    const updated = await tx.feedback.updateMany({
      where: { id: input.feedbackId },
      data: { status, moderatedById: actor.id, moderatedAt: new Date() },
    });
    if (updated.count !== 1) throw new AppError("NOT_FOUND");
    await recordAuditEvent(tx, {
      actor,
      action: `feedback.${status.toLowerCase()}`,
      entityType: "feedback",
      entityId: input.feedbackId,
    });
    return { status };
  });
}
