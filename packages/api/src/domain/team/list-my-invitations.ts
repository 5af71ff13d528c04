import type { Database } from "@free-city/db";

/** Invitations waiting for this person (by their email), so a first sign-in can join without the link. */
export async function listMyInvitations(db: Database, email: string) {
  const invitations = await db.invitation.findMany({
    where: {
      email: { equals: email, mode: "insensitive" },
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: new Date() },
    },
    select: { id: true, role: true, expiresAt: true, organisation: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  return invitations.map((i) => ({
    id: i.id,
    role: i.role,
    expiresAt: i.expiresAt,
    organisationName: i.organisation.name,
  }));
}
