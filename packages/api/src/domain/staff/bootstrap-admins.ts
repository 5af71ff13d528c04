import { type Database, recordAuditEvent } from "@free-city/db";

/**
 * ADMIN_EMAILS at start: while there is no active administrator, each address gets an
 * administrator account (made if missing). So a new installation's first administrators can sign
 * in and grant everyone else from the app; once one exists the app decides, and a start never
 * undoes a demotion or a deactivation made there.
 */
export async function bootstrapAdmins(db: Database, emails: string[]): Promise<number> {
  const active = await db.user.count({ where: { staffRole: "ADMIN", deactivatedAt: null } });
  if (active > 0) return 0;
  let granted = 0;
  for (const email of emails) {
    const existing = await db.user.findUnique({ where: { email }, select: { staffRole: true } });
    if (existing?.staffRole === "ADMIN") continue;
    await db.$transaction(async (tx) => {
      const user = await tx.user.upsert({
        where: { email },
        create: { email, staffRole: "ADMIN" },
        update: { staffRole: "ADMIN" },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actor: "system",
        action: "staff.granted",
        entityType: "user",
        entityId: user.id,
        after: { email, staffRole: "ADMIN", from: "ADMIN_EMAILS" },
      });
    });
    granted++;
  }
  return granted;
}
