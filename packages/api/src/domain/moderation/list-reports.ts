import type { Database } from "@free-city/db";

/** How many items a staff list shows per page. */
export const STAFF_PAGE_SIZE = 50;

/**
 * Reports from the portal: open ones first (oldest first), a page at a time (a flood of reports
 * can't make the page, or the database, load them all), then the latest decided ones.
 */
export async function listReports(db: Database, input: { page?: number } = {}) {
  const page = input.page ?? 1;
  const select = {
    id: true,
    reason: true,
    details: true,
    status: true,
    resolutionNote: true,
    createdAt: true,
    resolvedAt: true,
    redactedAt: true,
    resolvedBy: { select: { email: true } },
    offer: { select: { id: true, title: true, slug: true, status: true, organisation: { select: { name: true } } } },
  } as const;
  const [open, openTotal, decided] = await Promise.all([
    db.report.findMany({
      where: { status: "OPEN" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select,
    }),
    db.report.count({ where: { status: "OPEN" } }),
    db.report.findMany({ where: { status: { not: "OPEN" } }, orderBy: { resolvedAt: "desc" }, take: 20, select }),
  ]);
  return { open, openTotal, page, pages: Math.max(1, Math.ceil(openTotal / STAFF_PAGE_SIZE)), decided };
}
