import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { assertAdminRemains } from "./assert-admin-remains.ts";

/** Switches a staff account off (signed out everywhere at once, can't sign in) or back on. */
export async function setStaffActive(db: Database, actor: Actor, input: { userId: string; active: boolean }) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: input.userId, staffRole: { not: null } },
      select: { id: true },
    });
    if (!user) throw new AppError("NOT_FOUND");
    await tx.user.update({ where: { id: input.userId }, data: { deactivatedAt: input.active ? null : new Date() } });
    if (!input.active) await tx.session.deleteMany({ where: { userId: input.userId } });
    await assertAdminRemains(tx);
    await recordAuditEvent(tx, {
      actor,
      action: input.active ? "staff.reactivated" : "staff.deactivated",
      entityType: "user",
      entityId: input.userId,
    });
  });
}
