import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";

/**
 * Staff write a "You said, we did" entry (shown on the portal straight away), from a suggestion or
 * on its own. It shows on a district's page too when it names the district, or when the suggestion
 * it answers was made for one.
 */
export async function respondToYouth(
  db: Database,
  actor: Actor,
  input: { feedbackId: string | null; districtId?: string | null; youSaid: string; weDid: string },
) {
  return db.$transaction(async (tx) => {
    const feedback = input.feedbackId
      ? await tx.feedback.findUnique({ where: { id: input.feedbackId }, select: { districtId: true } })
      : null;
    if (input.feedbackId && !feedback) throw new AppError("NOT_FOUND");
    const districtId = input.districtId ?? feedback?.districtId ?? null;
    if (districtId && !(await tx.district.findUnique({ where: { id: districtId }, select: { id: true } })))
      throw new AppError("INVALID_FIELDS", { fieldErrors: { districtId: "Choose the district from the list" } });
    const entry = await tx.youSaidWeDid.create({
      data: {
        feedbackId: input.feedbackId,
        districtId,
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
      after: { youSaid: input.youSaid, weDid: input.weDid, districtId },
    });
    return entry;
  });
}
