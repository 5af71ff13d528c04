import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";

/** One district for officers: who offers what there, its venues, open reports and what waits for review. */
export async function getDistrictLens(db: Database, districtId: string) {
  const district = await db.district.findUnique({
    where: { id: districtId },
    select: { id: true, slug: true, name: true, summary: true },
  });
  if (!district) throw new AppError("NOT_FOUND");
  const [venues, reports, pendingVenues, outreach] = await Promise.all([
    db.venue.findMany({
      where: { districtId, status: { not: "ARCHIVED" } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        postcode: true,
        status: true,
        organisation: { select: { id: true, name: true, suspendedAt: true } },
        _count: { select: { offers: true } },
      },
    }),
    db.report.findMany({
      where: { status: "OPEN", offer: { venues: { some: { venue: { districtId } } } } },
      orderBy: { createdAt: "asc" },
      select: { id: true, reason: true, createdAt: true, offer: { select: { title: true } } },
    }),
    db.venue.count({ where: { districtId, status: "PENDING" } }),
    db.outreachTask.findMany({
      where: { districtId, status: "OPEN" },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, notes: true, createdAt: true },
    }),
  ]);
  const organisations = [...new Map(venues.map((v) => [v.organisation.id, v.organisation])).values()].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  return { district, organisations, venues, reports, pendingVenues, outreach };
}
