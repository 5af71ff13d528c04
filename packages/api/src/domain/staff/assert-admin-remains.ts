import type { Prisma } from "@free-city/db";
import { AppError } from "../../errors.ts";

/** At least one active administrator must remain, or nobody could manage staff again. */
export async function assertAdminRemains(tx: Prisma.TransactionClient) {
  await tx.$queryRaw`SELECT id FROM "user" WHERE staff_role = 'ADMIN' FOR UPDATE`;
  if ((await tx.user.count({ where: { staffRole: "ADMIN", deactivatedAt: null } })) === 0) {
    throw new AppError(
      "LAST_OWNER",
      undefined,
      "There must always be at least one active administrator. Make someone else an administrator first.",
    );
  }
}
