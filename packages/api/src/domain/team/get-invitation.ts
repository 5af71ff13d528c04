import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { hashToken } from "./invite-member.ts";

/**
 * What the invitation link's page may say before anyone signs in: the organisation's name, the
 * invited address and role, and whether the invitation can still be used. Nothing else.
 */
export async function getInvitation(db: Database, token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organisation: { select: { name: true } },
    },
  });
  if (!invitation) throw new AppError("NOT_FOUND");
  const status = invitation.revokedAt
    ? "revoked"
    : invitation.acceptedAt
      ? "accepted"
      : invitation.expiresAt <= new Date()
        ? "expired"
        : "pending";
  return {
    organisationName: invitation.organisation.name,
    email: invitation.email,
    role: invitation.role,
    status,
  } as const;
}
