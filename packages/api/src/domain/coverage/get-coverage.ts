import { type Database, Prisma, todayInCity } from "@free-city/db";

/** The commission's age bands. An offer counts in every band its ages overlap. */
export const AGE_BANDS = [
  { key: "5-10", lo: 5, hi: 10 },
  { key: "11-15", lo: 11, hi: 15 },
  { key: "16-19", lo: 16, hi: 19 },
  { key: "20-25", lo: 20, hi: 25 },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]["key"];
export type CoverageView = "all" | "weekends" | "holidays";

export type CoverageCell = {
  districtId: string;
  categoryId: string;
  band: AgeBand | "all";
  liveOffers: number;
  weeklySessions: number;
};

const sql = Prisma.sql;

/**
 * Live, public offers and their weekly sessions per district × top-level category × age band.
 * An offer counts in each district it has a checked venue in, under its categories' top-level
 * parents. Views: everything; on at weekends (a session on a Saturday or Sunday); in the next
 * school holiday (a session during it).
 */
export async function getCoverageCells(
  db: Database,
  view: CoverageView,
  now = new Date(),
): Promise<{ cells: CoverageCell[]; holiday: { name: string; startsOn: Date; endsOn: Date } | null }> {
  const today = todayInCity(now);
  const holiday =
    view === "holidays"
      ? await db.schoolHoliday.findFirst({
          where: { endsOn: { gte: new Date(`${today}T00:00:00Z`) } },
          orderBy: { startsOn: "asc" },
          select: { name: true, startsOn: true, endsOn: true },
        })
      : null;
  if (view === "holidays" && !holiday) return { cells: [], holiday: null };
  const from = holiday ? sql`${holiday.startsOn}::date` : sql`${today}::date`;
  const to = holiday ? sql`${holiday.endsOn}::date` : sql`(${today}::date + 28)`;
  const weekly = sql`s.kind = 'WEEKLY' AND (s.valid_from IS NULL OR s.valid_from <= ${to}) AND (s.valid_to IS NULL OR s.valid_to >= ${from})`;
  const sessionFilter =
    view === "weekends"
      ? sql`((${weekly} AND s.day_of_week IN (6, 7)) OR (s.kind = 'ONE_OFF' AND s.date BETWEEN ${from} AND ${to} AND extract(isodow FROM s.date) IN (6, 7)))`
      : view === "holidays"
        ? sql`((${weekly}) OR (s.kind = 'ONE_OFF' AND s.date BETWEEN ${from} AND ${to}))`
        : sql`((${weekly}) OR (s.kind = 'ONE_OFF' AND s.date >= ${from}))`;
  // "all" (0–25) counts each offer once, where the bands would count an 8–14 offer twice.
  const bands = Prisma.join(
    [...AGE_BANDS, { key: "all", lo: 0, hi: 25 }].map((b) => sql`(${b.key}::text, ${b.lo}::int, ${b.hi}::int)`),
  );
  const rows = await db.$queryRaw<
    { district_id: string; category_id: string; band: AgeBand | "all"; live_offers: number; weekly_sessions: number }[]
  >(sql`
    WITH bands(band, lo, hi) AS (VALUES ${bands}),
    live AS (
      SELECT o.id, coalesce(o.min_age, 0) AS lo, coalesce(o.max_age, 25) AS hi FROM offer o JOIN organisation org ON org.id = o.organisation_id
      WHERE o.status = 'LIVE' AND org.suspended_at IS NULL
        AND EXISTS (SELECT 1 FROM offer_schedule s WHERE s.offer_id = o.id AND ${sessionFilter})
    ),
    sessions AS (SELECT s.offer_id, count(*) AS n FROM offer_schedule s WHERE s.kind = 'WEEKLY' AND ${sessionFilter} GROUP BY s.offer_id),
    offer_district AS (SELECT DISTINCT ov.offer_id, v.district_id FROM offer_venue ov JOIN venue v ON v.id = ov.venue_id WHERE v.status = 'APPROVED'),
    offer_top AS (SELECT DISTINCT oc.offer_id, coalesce(c.parent_id, c.id) AS category_id FROM offer_category oc JOIN category c ON c.id = oc.category_id)
    SELECT od.district_id, ot.category_id, b.band, count(*)::int AS live_offers, coalesce(sum(se.n), 0)::int AS weekly_sessions
    FROM live l
    JOIN offer_district od ON od.offer_id = l.id
    JOIN offer_top ot ON ot.offer_id = l.id
    JOIN bands b ON l.lo <= b.hi AND l.hi >= b.lo
    LEFT JOIN sessions se ON se.offer_id = l.id
    GROUP BY 1, 2, 3`);
  return {
    cells: rows.map((r) => ({
      districtId: r.district_id,
      categoryId: r.category_id,
      band: r.band,
      liveOffers: r.live_offers,
      weeklySessions: r.weekly_sessions,
    })),
    holiday,
  };
}

/** The middle value (the city median a district is compared with); 0 for none. */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  // biome-ignore lint/style/noNonNullAssertion: mid and mid - 1 are inside a non-empty array
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The dashboard's table for one view and one age band (or all bands): districts down, top-level
 * categories across, with each column's city median and the cells below it marked thin.
 */
export async function getCoverage(
  db: Database,
  input: { view: CoverageView; band: AgeBand | "all" },
  now = new Date(),
) {
  const [{ cells, holiday }, districts, categories] = await Promise.all([
    getCoverageCells(db, input.view, now),
    db.district.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, name: true } }),
    db.category.findMany({
      where: { parentId: null, archivedAt: null, mergedIntoId: null },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  const byCell = new Map(cells.filter((c) => c.band === input.band).map((c) => [`${c.districtId}|${c.categoryId}`, c]));
  const value = (districtId: string, categoryId: string) => {
    const cell = byCell.get(`${districtId}|${categoryId}`);
    return { liveOffers: cell?.liveOffers ?? 0, weeklySessions: cell?.weeklySessions ?? 0 };
  };
  const columns = categories.map((category) => {
    const values = districts.map((d) => value(d.id, category.id).liveOffers);
    return { ...category, median: median(values) };
  });
  const rows = districts.map((d) => ({
    ...d,
    cells: columns.map((col) => {
      const v = value(d.id, col.id);
      return { categoryId: col.id, ...v, thin: v.liveOffers < col.median || v.liveOffers === 0 };
    }),
  }));
  return { view: input.view, band: input.band, holiday, columns, rows };
}
