import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";

/** Staff take a "You said, we did" entry off the portal, saying why. The row and its history stay. */
export async function withdrawYouSaidWeDid(db: Database, actor: Actor, input: { entryId: string; reason: string }) {
  return db.$transaction(async (tx) => {
    const withdrawn = await tx.youSaidWeDid.updateMany({
      where: { id: input.entryId, withdrawnAt: null },
      data: { withdrawnAt: new Date() },
    });
    if (withdrawn.count !== 1) {
      const exists = await tx.youSaidWeDid.count({ where: { id: input.entryId } });
      throw new AppError(exists ? "ALREADY_DECIDED" : "NOT_FOUND");
    }
    await recordAuditEvent(tx, {
      actor,
      action: "you_said_we_did.withdrawn",
      entityType: "you_said_we_did",
      entityId: input.entryId,
      after: { reason: input.reason },
    });
    return { id: input.entryId };
  });
}
