import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";

/**
 * Staff remove the text of a piece of feedback, a suggestion or a report (a young person wrote
 * something about themselves the scrubber missed): the row stays, so counts and reactions still
 * add up, but the words are gone for good. The audit records who did it and when, never the text.
 */
export async function redactYouthVoice(db: Database, actor: Actor, input: { kind: "feedback" | "report"; id: string }) {
  return db.$transaction(async (tx) => {
    const now = new Date();
    const updated =
      input.kind === "feedback"
        ? await tx.feedback.updateMany({ where: { id: input.id }, data: { comment: "", redactedAt: now } })
        : await tx.report.updateMany({ where: { id: input.id }, data: { details: "", redactedAt: now } });
    if (updated.count !== 1) throw new AppError("NOT_FOUND");
    // A "You said" quoting the feedback keeps its own (staff-written) words, but no longer points at the removed text.
    await recordAuditEvent(tx, { actor, action: `${input.kind}.redacted`, entityType: input.kind, entityId: input.id });
    return { redactedAt: now };
  });
}
