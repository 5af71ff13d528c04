import { addDays, type Database, todayInCity } from "@free-city/db";

/** Per district, per snapshot day: live offers counted once per top-level category, and weekly sessions. */
export async function getCoverageTrend(db: Database, days: number, now = new Date()) {
  const since = new Date(`${addDays(todayInCity(now), -days)}T00:00:00Z`);
  const [rows, districts] = await Promise.all([
    db.coverageSnapshot.groupBy({
      by: ["day", "districtId"],
      where: { day: { gte: since }, ageBand: "all" },
      _sum: { liveOffers: true, weeklySessions: true },
      orderBy: { day: "asc" },
    }),
    db.district.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
  ]);
  const dayList = [...new Set(rows.map((r) => r.day.toISOString().slice(0, 10)))].sort();
  return {
    days: dayList,
    districts: districts.map((d) => ({
      ...d,
      points: dayList.map((day) => {
        const row = rows.find((r) => r.districtId === d.id && r.day.toISOString().slice(0, 10) === day);
        return { day, liveOffers: row?._sum.liveOffers ?? 0, weeklySessions: row?._sum.weeklySessions ?? 0 };
      }),
    })),
  };
}
