import { recordAuditEvent, type Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { assertOwnerRemains, lockTeam } from "./owners.ts";

/** An owner removes someone, or anyone leaves; the last owner can't go. */
export async function removeMember(db: Database, actor: Actor, input: { organisationId: string; userId: string; callerRole: "OWNER" | "MEMBER" }) {
  if (input.userId !== actor.id && input.callerRole !== "OWNER") throw new AppError("OWNER_ONLY");
  return db.$transaction(async (tx) => {
    await lockTeam(tx, input.organisationId);
    const removed = await tx.membership.deleteMany({ where: { userId: input.userId, organisationId: input.organisationId } });
    if (removed.count !== 1) throw new AppError("NOT_FOUND");
    await assertOwnerRemains(tx, input.organisationId);
    await recordAuditEvent(tx, { actor, action: input.userId === actor.id ? "membership.left" : "membership.removed", entityType: "membership", entityId: input.userId, organisationId: input.organisationId });
  });
}
