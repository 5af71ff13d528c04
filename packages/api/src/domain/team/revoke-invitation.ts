import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";

/** An owner cancels an invitation that hasn't been used yet. */
export async function revokeInvitation(
  db: Database,
  actor: Actor,
  input: { organisationId: string; invitationId: string },
) {
  return db.$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({
      where: { id: input.invitationId, organisationId: input.organisationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count !== 1) throw new AppError("NOT_FOUND");
    await recordAuditEvent(tx, {
      actor,
      action: "invitation.revoked",
      entityType: "invitation",
      entityId: input.invitationId,
      organisationId: input.organisationId,
    });
  });
}
