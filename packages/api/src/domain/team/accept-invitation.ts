import { recordAuditEvent, type Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { hashToken } from "./invite-member.ts";

/**
 * The invited person joins: the invitation must be pending, unexpired and for their own email
 * address. Accepting twice is harmless (they are a member already).
 */
export async function acceptInvitation(db: Database, actor: Actor & { email: string }, by: { token: string } | { invitationId: string }) {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({ where: "token" in by ? { tokenHash: hashToken(by.token) } : { id: by.invitationId } });
    const pending = invitation && !invitation.revokedAt && invitation.expiresAt > new Date() && invitation.email.toLowerCase() === actor.email.toLowerCase();
    if (!invitation || !pending) throw new AppError("INVITATION_INVALID");
    const member = await tx.membership.findUnique({ where: { userId_organisationId: { userId: actor.id, organisationId: invitation.organisationId } } });
    if (!member) {
      await tx.membership.create({ data: { userId: actor.id, organisationId: invitation.organisationId, role: invitation.role } });
      await recordAuditEvent(tx, { actor, action: "membership.created", entityType: "membership", entityId: actor.id, organisationId: invitation.organisationId, after: { role: invitation.role, invitation: invitation.id } });
    }
    if (!invitation.acceptedAt) await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
    return { organisationId: invitation.organisationId };
  });
}
