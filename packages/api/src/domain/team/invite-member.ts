import { createHash, randomBytes } from "node:crypto";
import { recordAuditEvent, type Database } from "@free-city/db";
import { invitationEmail } from "../../email/team-emails.ts";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import type { Notifier } from "../notify.ts";

const INVITATION_DAYS = 7;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * An owner invites someone by email. Only the token's hash is stored; the token travels in the
 * email's link. Inviting the same address again replaces the earlier invitation. If the email
 * can't be sent, the invitation is taken back, so the owner is never told "sent" when it wasn't.
 */
export async function inviteMember(db: Database, notifier: Notifier, actor: Actor, input: { organisationId: string; email: string; role: "OWNER" | "MEMBER" }) {
  const token = randomBytes(32).toString("base64url");
  const invitation = await db.$transaction(async (tx) => {
    const already = await tx.membership.findFirst({ where: { organisationId: input.organisationId, user: { email: input.email } }, select: { id: true } });
    if (already) throw new AppError("ALREADY_MEMBER");
    await tx.invitation.updateMany({ where: { organisationId: input.organisationId, email: input.email, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    const created = await tx.invitation.create({
      data: { organisationId: input.organisationId, email: input.email, role: input.role, tokenHash: hashToken(token), invitedById: actor.id, expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000) },
      select: { id: true, email: true, role: true, expiresAt: true, organisation: { select: { name: true } } },
    });
    await recordAuditEvent(tx, { actor, action: "invitation.created", entityType: "invitation", entityId: created.id, organisationId: input.organisationId, after: { email: input.email, role: input.role } });
    return created;
  });
  try {
    await notifier.mailer.send({
      to: input.email,
      ...invitationEmail({ organisationName: invitation.organisation.name, invitedBy: actor.label, role: input.role, url: `${notifier.links.adminUrl}/invitations/${token}` }),
    });
  } catch (error) {
    await db.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
    throw error;
  }
  return { id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
}
