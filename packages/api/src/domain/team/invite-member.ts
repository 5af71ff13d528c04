import { createHash, randomBytes } from "node:crypto";
import { type Database, recordAuditEvent } from "@free-city/db";
import { queueEmail } from "../../email/queue-email.ts";
import { invitationEmail } from "../../email/team-emails.ts";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import type { Notifier } from "../notify.ts";

const INVITATION_DAYS = 7;

/**
 * Until the council verifies an organisation, anyone could have registered it under any name, so
 * it may use the council's email server only a little: this many invitations waiting at once, and
 * this many sent in any 24 hours (counted from the invitation table, so it holds across instances
 * and restarts). A verified organisation has no such limit.
 */
export const UNVERIFIED_INVITATION_LIMITS = { pending: 3, perDay: 5 } as const;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * An owner invites someone by email. Only the token's hash is stored; the token travels in the
 * email's link (in the queued email until the worker has sent it). One transaction creates the
 * invitation, replaces the earlier ones to the same address, audits it and queues the email:
 * the invitation exists exactly when its email is on its way.
 */
export async function inviteMember(
  db: Database,
  notifier: Notifier,
  actor: Actor,
  input: { organisationId: string; email: string; role: "OWNER" | "MEMBER" },
) {
  const token = randomBytes(32).toString("base64url");
  const invitation = await db.$transaction(async (tx) => {
    const already = await tx.membership.findFirst({
      where: { organisationId: input.organisationId, user: { email: { equals: input.email, mode: "insensitive" } } },
      select: { id: true },
    });
    if (already) throw new AppError("ALREADY_MEMBER");
    await checkUnverifiedLimits(tx, input.organisationId, input.email);
    const created = await tx.invitation.create({
      data: {
        organisationId: input.organisationId,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedById: actor.id,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      },
      select: {
        id: true,
        email: true,
        role: true,
        expiresAt: true,
        createdAt: true,
        organisation: { select: { name: true } },
      },
    });
    // Only older ones: of two invitations sent at the same moment, the later one stands.
    const replaced = await tx.invitation.updateMany({
      where: {
        organisationId: input.organisationId,
        email: { equals: input.email, mode: "insensitive" },
        id: { not: created.id },
        createdAt: { lte: created.createdAt },
        acceptedAt: null,
        revokedAt: null,
      },
      data: { revokedAt: new Date() },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "invitation.created",
      entityType: "invitation",
      entityId: created.id,
      organisationId: input.organisationId,
      after: { email: input.email, role: input.role, replaced: replaced.count },
    });
    await queueEmail(tx, {
      to: input.email,
      ...invitationEmail({
        organisationName: created.organisation.name,
        invitedBy: actor.label,
        role: input.role,
        url: `${notifier.links.adminUrl}/invitations/${token}`,
      }),
    });
    return created;
  });
  return { id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
}

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

async function checkUnverifiedLimits(tx: Transaction, organisationId: string, email: string) {
  // Locks the organisation's row, so two invitations sent at the same moment are counted in turn.
  const [org] = await tx.$queryRaw<{ verification_status: string }[]>`
    SELECT verification_status FROM organisation WHERE id = ${organisationId} FOR UPDATE`;
  if (!org || org.verification_status === "VERIFIED") return;
  const now = new Date();
  const [pending, sentToday] = await Promise.all([
    tx.invitation.count({
      where: {
        organisationId,
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
        // Re-inviting the same person replaces their waiting invitation rather than adding one.
        NOT: { email: { equals: email, mode: "insensitive" } },
      },
    }),
    tx.invitation.count({ where: { organisationId, createdAt: { gt: new Date(now.getTime() - 86_400_000) } } }),
  ]);
  if (pending >= UNVERIFIED_INVITATION_LIMITS.pending) throw new AppError("INVITATIONS_PENDING_LIMIT");
  if (sentToday >= UNVERIFIED_INVITATION_LIMITS.perDay) throw new AppError("INVITATIONS_DAILY_LIMIT");
}
