import { type Database, recordAuditEvent, type StaffRole } from "@free-city/db";
import type { Actor } from "../actor.ts";
import { assertAdminRemains } from "./assert-admin-remains.ts";

/** Gives someone a staff role by email: their account is made if they have none, and they sign in as usual. */
export async function grantStaffRole(db: Database, actor: Actor, input: { email: string; role: StaffRole }) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { email: input.email }, select: { staffRole: true } });
    const user = await tx.user.upsert({
      where: { email: input.email },
      create: { email: input.email, staffRole: input.role },
      update: { staffRole: input.role, deactivatedAt: null },
      select: { id: true },
    });
    await assertAdminRemains(tx);
    await recordAuditEvent(tx, {
      actor,
      action: "staff.granted",
      entityType: "user",
      entityId: user.id,
      before: { staffRole: before?.staffRole ?? null },
      after: { email: input.email, staffRole: input.role },
    });
    return user;
  });
}
