import type { Database } from "@free-city/db";

/** Reports from the portal: open ones first (oldest first), then the latest decided ones. */
export async function listReports(db: Database) {
  const select = {
    id: true,
    reason: true,
    details: true,
    status: true,
    resolutionNote: true,
    createdAt: true,
    resolvedAt: true,
    resolvedBy: { select: { email: true } },
    offer: { select: { id: true, title: true, slug: true, status: true, organisation: { select: { name: true } } } },
  } as const;
  const [open, decided] = await Promise.all([
    db.report.findMany({ where: { status: "OPEN" }, orderBy: { createdAt: "asc" }, select }),
    db.report.findMany({ where: { status: { not: "OPEN" } }, orderBy: { resolvedAt: "desc" }, take: 20, select }),
  ]);
  return { open, decided };
}
