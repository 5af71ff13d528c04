import type { Database } from "@free-city/db";

/** Where news about an organisation's listings goes: every owner's email address. */
export async function ownerEmails(db: Pick<Database, "membership">, organisationId: string): Promise<string[]> {
  const owners = await db.membership.findMany({
    where: { organisationId, role: "OWNER" },
    select: { user: { select: { email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return owners.map((o) => o.user.email);
}
