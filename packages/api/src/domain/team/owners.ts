import type { Prisma } from "@free-city/db";
import { AppError } from "../../errors.ts";

type Tx = Prisma.TransactionClient;

/**
 * Locks the organisation's row for the rest of the transaction, so two owners changing the team
 * at once take turns: the second sees the first's change before it counts the owners.
 */
export async function lockTeam(tx: Tx, organisationId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM organisation WHERE id = ${organisationId} FOR UPDATE`;
}

/** After a change inside the transaction: at least one owner must remain, or the change is undone. */
export async function assertOwnerRemains(tx: Tx, organisationId: string): Promise<void> {
  const owners = await tx.membership.count({ where: { organisationId, role: "OWNER" } });
  if (owners === 0) throw new AppError("LAST_OWNER");
}

export function assertOwner(membership: { role: string }): void {
  if (membership.role !== "OWNER") throw new AppError("OWNER_ONLY");
}

/**
 * The caller's role read again under the team lock: an owner demoted a moment ago by another
 * owner must not still act as one on the strength of the role read before the lock.
 */
export async function callerRole(tx: Tx, organisationId: string, userId: string): Promise<"OWNER" | "MEMBER"> {
  const membership = await tx.membership.findUnique({
    where: { userId_organisationId: { userId, organisationId } },
    select: { role: true },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  return membership.role;
}
