import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";

/**
 * One district for officers: who offers what there, its venues, open reports and what waits for
 * review, beside what young people said about it (suggestions made for it, reactions to offers there)
 * and the outreach tasks open and closed.
 */
export async function getDistrictLens(db: Database, districtId: string) {
  const district = await db.district.findUnique({
    where: { id: districtId },
    select: { id: true, slug: true, name: true, summary: true },
  });
  if (!district) throw new AppError("NOT_FOUND");
  // Reactions count where the offer runs: at a venue in this district.
  const offerInDistrict = { offer: { venues: { some: { venue: { districtId } } } } };
  const [venues, reports, pendingVenues, outreach, closedOutreach, suggestions, reactions] = await Promise.all([
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
      select: {
        id: true,
        title: true,
        notes: true,
        createdAt: true,
        feedback: { select: { comment: true, redactedAt: true } },
      },
    }),
    db.outreachTask.findMany({
      where: { districtId, status: "DONE" },
      orderBy: { closedAt: "desc" },
      take: 10,
      select: { id: true, title: true, outcome: true, closedAt: true, youSaidWeDidId: true },
    }),
    // What young people asked for here (hidden ones aside), newest first.
    db.feedback.findMany({
      where: { kind: "SUGGESTION", districtId, status: { not: "HIDDEN" } },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, comment: true, status: true, createdAt: true, category: { select: { name: true } } },
    }),
    db.feedback.groupBy({
      by: ["reaction"],
      where: { kind: "REACTION", status: { not: "HIDDEN" }, ...offerInDistrict },
      _count: { _all: true },
    }),
  ]);
  const organisations = [...new Map(venues.map((v) => [v.organisation.id, v.organisation])).values()].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  return {
    district,
    organisations,
    venues,
    reports,
    pendingVenues,
    outreach,
    closedOutreach,
    suggestions,
    reactions: reactions
      .filter((row) => row.reaction !== null)
      .map((row) => ({ reaction: row.reaction as NonNullable<typeof row.reaction>, count: row._count._all })),
  };
}
