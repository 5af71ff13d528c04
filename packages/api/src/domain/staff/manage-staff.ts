import { type Database, type Prisma, recordAuditEvent, type StaffRole } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";

type Tx = Prisma.TransactionClient;

/** Council staff accounts, administrators first. */
export async function listStaff(db: Database) {
  return db.user.findMany({
    where: { staffRole: { not: null } },
    orderBy: [{ staffRole: "desc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, staffRole: true, deactivatedAt: true, createdAt: true },
  });
}

/** At least one active administrator must remain, or nobody could manage staff again. */
async function assertAdminRemains(tx: Tx) {
  await tx.$queryRaw`SELECT id FROM "user" WHERE staff_role = 'ADMIN' FOR UPDATE`;
  if ((await tx.user.count({ where: { staffRole: "ADMIN", deactivatedAt: null } })) === 0) {
    throw new AppError(
      "LAST_OWNER",
      undefined,
      "There must always be at least one active administrator. Make someone else an administrator first.",
    );
  }
}

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
