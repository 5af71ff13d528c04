import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { assertOwner, assertOwnerRemains, callerRole, lockTeam } from "./owners.ts";

/** An owner removes someone, or anyone leaves; the last owner can't go. */
export async function removeMember(db: Database, actor: Actor, input: { organisationId: string; userId: string }) {
  return db.$transaction(async (tx) => {
    await lockTeam(tx, input.organisationId);
    const leaving = input.userId === actor.id;
    if (!leaving) assertOwner({ role: await callerRole(tx, input.organisationId, actor.id) });
    const member = await tx.membership.findUnique({
      where: { userId_organisationId: { userId: input.userId, organisationId: input.organisationId } },
      select: { id: true, role: true },
    });
    if (!member) throw new AppError("NOT_FOUND");
    await tx.membership.delete({ where: { id: member.id } });
    await assertOwnerRemains(tx, input.organisationId);
    await recordAuditEvent(tx, {
      actor,
      action: leaving ? "membership.left" : "membership.removed",
      entityType: "membership",
      entityId: input.userId,
      organisationId: input.organisationId,
      before: { role: member.role },
    });
  });
}
