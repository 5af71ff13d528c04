import type { Database } from "@free-city/db";

/** Council staff accounts, administrators first. */
export async function listStaff(db: Database) {
  return db.user.findMany({
    where: { staffRole: { not: null } },
    orderBy: [{ staffRole: "desc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, staffRole: true, deactivatedAt: true, createdAt: true },
  });
}
