import { type Database, todayInCity } from "@free-city/db";
import { getCoverageCells } from "./get-coverage.ts";

/**
 * Today's coverage, kept for trends: one row per district × category × band (and "all"). Taking
 * it again the same day replaces that day's rows, so the job can run as often as it likes.
 */
export async function takeCoverageSnapshot(db: Database, now = new Date()): Promise<number> {
  const day = new Date(`${todayInCity(now)}T00:00:00Z`);
  const { cells } = await getCoverageCells(db, "all", now);
  await db.$transaction([
    db.coverageSnapshot.deleteMany({ where: { day } }),
    db.coverageSnapshot.createMany({
      data: cells.map((c) => ({
        day,
        districtId: c.districtId,
        categoryId: c.categoryId,
        ageBand: c.band,
        liveOffers: c.liveOffers,
        weeklySessions: c.weeklySessions,
      })),
    }),
  ]);
  return cells.length;
}
