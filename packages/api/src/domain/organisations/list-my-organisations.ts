import type { Database } from "@free-city/db";

/** The organisations a person belongs to, oldest membership first, with their role and the organisation's standing. */
export function listMyOrganisations(db: Database, userId: string) {
  return db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      organisation: {
        select: {
          id: true,
          name: true,
          slug: true,
          verificationStatus: true,
          suspendedAt: true,
          suspendedReason: true,
          decisionReason: true,
        },
      },
    },
  });
}
