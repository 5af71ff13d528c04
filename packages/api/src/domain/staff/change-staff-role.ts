import { type Database, recordAuditEvent, type StaffRole } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { assertAdminRemains } from "./assert-admin-remains.ts";

export async function changeStaffRole(db: Database, actor: Actor, input: { userId: string; role: StaffRole }) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: input.userId, staffRole: { not: null } },
      select: { staffRole: true },
    });
    if (!user) throw new AppError("NOT_FOUND");
    await tx.user.update({ where: { id: input.userId }, data: { staffRole: input.role } });
    await assertAdminRemains(tx);
    await recordAuditEvent(tx, {
      actor,
      action: "staff.role_changed",
      entityType: "user",
      entityId: input.userId,
      before: { staffRole: user.staffRole },
      after: { staffRole: input.role },
    });
  });
}
