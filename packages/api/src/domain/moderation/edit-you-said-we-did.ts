import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";

/**
 * Staff correct a "You said, we did" entry. The portal shows the new words at once; the words
 * before and after go in the entry's history (its audit events), so a correction is never silent.
 */
export async function editYouSaidWeDid(
  db: Database,
  actor: Actor,
  input: { entryId: string; districtId: string | null; youSaid: string; weDid: string },
) {
  return db.$transaction(async (tx) => {
    const before = await tx.youSaidWeDid.findUnique({
      where: { id: input.entryId },
      select: { youSaid: true, weDid: true, districtId: true, withdrawnAt: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.withdrawnAt) throw new AppError("ALREADY_DECIDED");
    if (input.districtId && !(await tx.district.findUnique({ where: { id: input.districtId }, select: { id: true } })))
      throw new AppError("INVALID_FIELDS", { fieldErrors: { districtId: "Choose the district from the list" } });
    const after = { youSaid: input.youSaid, weDid: input.weDid, districtId: input.districtId };
    await tx.youSaidWeDid.update({ where: { id: input.entryId }, data: after });
    await recordAuditEvent(tx, {
      actor,
      action: "you_said_we_did.edited",
      entityType: "you_said_we_did",
      entityId: input.entryId,
      before: { youSaid: before.youSaid, weDid: before.weDid, districtId: before.districtId },
      after,
    });
    return { id: input.entryId };
  });
}
