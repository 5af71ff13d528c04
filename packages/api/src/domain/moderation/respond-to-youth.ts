import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";

/** Staff write a "You said, we did" entry (shown on the portal straight away), from a suggestion or on its own. */
export async function respondToYouth(
  db: Database,
  actor: Actor,
  input: { feedbackId: string | null; youSaid: string; weDid: string },
) {
  return db.$transaction(async (tx) => {
    if (input.feedbackId && !(await tx.feedback.findUnique({ where: { id: input.feedbackId }, select: { id: true } })))
      throw new AppError("NOT_FOUND");
    const entry = await tx.youSaidWeDid.create({
      data: {
        feedbackId: input.feedbackId,
        youSaid: input.youSaid,
        weDid: input.weDid,
        authorId: actor.id,
        publishedAt: new Date(),
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "you_said_we_did.published",
      entityType: "you_said_we_did",
      entityId: entry.id,
      after: { youSaid: input.youSaid, weDid: input.weDid },
    });
    return entry;
  });
}
