import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { assertOwner, assertOwnerRemains, callerRole, lockTeam } from "./owners.ts";

/** An owner makes a member an owner, or an owner a member; the last owner stays an owner. */
export async function changeMemberRole(
  db: Database,
  actor: Actor,
  input: { organisationId: string; userId: string; role: "OWNER" | "MEMBER" },
) {
  return db.$transaction(async (tx) => {
    await lockTeam(tx, input.organisationId);
    assertOwner({ role: await callerRole(tx, input.organisationId, actor.id) });
    const member = await tx.membership.findUnique({
      where: { userId_organisationId: { userId: input.userId, organisationId: input.organisationId } },
    });
    if (!member) throw new AppError("NOT_FOUND");
    if (member.role === input.role) return { role: member.role };
    await tx.membership.update({ where: { id: member.id }, data: { role: input.role } });
    await assertOwnerRemains(tx, input.organisationId);
    await recordAuditEvent(tx, {
      actor,
      action: "membership.role_changed",
      entityType: "membership",
      entityId: input.userId,
      organisationId: input.organisationId,
      before: { role: member.role },
      after: { role: input.role },
    });
    return { role: input.role };
  });
}
