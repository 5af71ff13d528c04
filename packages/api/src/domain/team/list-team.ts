import type { Database } from "@free-city/db";

/** The organisation's members and the invitations still waiting. */
export async function listTeam(db: Database, organisationId: string) {
  const [members, invitations] = await Promise.all([
    db.membership.findMany({
      where: { organisationId },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.invitation.findMany({
      where: { organisationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true, invitedBy: { select: { email: true } } },
    }),
  ]);
  return {
    members: members.map((m) => ({
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      joinedAt: m.createdAt,
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      expiresAt: i.expiresAt,
      invitedBy: i.invitedBy?.email ?? null,
    })),
  };
}
