import type { Database } from "@free-city/db";

/** How many items a staff list shows per page. */
export const STAFF_PAGE_SIZE = 50;

/**
 * Reports from the portal: open ones first (oldest first, but "a photo shouldn't be here" before
 * everything else: a photo of a child may need taking down at once), a page at a time (a flood of
 * reports can't make the page, or the database, load them all), then the latest decided ones.
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
  const skip = (page - 1) * STAFF_PAGE_SIZE;
  const photoTotal = await db.report.count({ where: { status: "OPEN", reason: "PHOTO" } });
  const openPage = async () => {
    const photos = await db.report.findMany({
      where: { status: "OPEN", reason: "PHOTO" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip,
      take: STAFF_PAGE_SIZE,
      select,
    });
    if (photos.length === STAFF_PAGE_SIZE) return photos;
    const others = await db.report.findMany({
      where: { status: "OPEN", reason: { not: "PHOTO" } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: Math.max(0, skip - photoTotal),
      take: STAFF_PAGE_SIZE - photos.length,
      select,
    });
    return [...photos, ...others];
  };
  const [open, openTotal, decided] = await Promise.all([
    openPage(),
    db.report.count({ where: { status: "OPEN" } }),
    db.report.findMany({ where: { status: { not: "OPEN" } }, orderBy: { resolvedAt: "desc" }, take: 20, select }),
  ]);
  return { open, openTotal, page, pages: Math.max(1, Math.ceil(openTotal / STAFF_PAGE_SIZE)), decided };
}
