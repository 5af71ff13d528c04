import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { hashToken } from "./invite-member.ts";

/**
 * The invited person joins: the invitation must be pending, unexpired and for their own email
 * address. Accepting twice is harmless while they are a member; once used, an invitation never
 * lets anyone back in (someone removed from the team needs a new one).
 */
export async function acceptInvitation(
  db: Database,
  actor: Actor & { email: string },
  by: { token: string } | { invitationId: string },
) {
  return db.$transaction(async (tx) => {
    // Separation of duties: council staff decide on partners' listings, so they never join one
    // (read from the database, not the session, so a role granted a moment ago counts).
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { staffRole: true } });
    if (user?.staffRole) throw new AppError("STAFF_CANNOT_JOIN");
    const invitation = await tx.invitation.findFirst({
      where: "token" in by ? { tokenHash: hashToken(by.token) } : { id: by.invitationId },
    });
    if (!invitation || invitation.email.toLowerCase() !== actor.email.toLowerCase())
      throw new AppError("INVITATION_INVALID");
    const membership = { userId_organisationId: { userId: actor.id, organisationId: invitation.organisationId } };
    if (invitation.acceptedAt) {
      if (await tx.membership.findUnique({ where: membership, select: { id: true } }))
        return { organisationId: invitation.organisationId };
      throw new AppError("INVITATION_INVALID");
    }
    // Claimed with a conditional update, so two tabs accepting at once use it only once.
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count !== 1) {
      if (await tx.membership.findUnique({ where: membership, select: { id: true } }))
        return { organisationId: invitation.organisationId };
      throw new AppError("INVITATION_INVALID");
    }
    const created = await tx.membership.createMany({
      data: [{ userId: actor.id, organisationId: invitation.organisationId, role: invitation.role }],
      skipDuplicates: true,
    });
    if (created.count === 1) {
      await recordAuditEvent(tx, {
        actor,
        action: "membership.created",
        entityType: "membership",
        entityId: actor.id,
        organisationId: invitation.organisationId,
        after: { role: invitation.role, invitation: invitation.id },
      });
    }
    return { organisationId: invitation.organisationId };
  });
}
