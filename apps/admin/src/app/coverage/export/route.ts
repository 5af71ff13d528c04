import { toCsv } from "@free-city/schemas";
import { getSessionUser } from "~/server/auth";
import { api } from "~/trpc/server";
import { BANDS, coverageParams, VIEWS } from "../params";

/** The dashboard's table (or the trend table) as CSV, for council officers' own analysis. */
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user?.staffRole) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const trpc = await api();
  if (url.searchParams.get("table") === "trend") {
    const trend = await trpc.coverage.trend({ days: 90 });
    const rows = [
      ["district", ...trend.days.flatMap((d) => [`${d} live offers`, `${d} weekly sessions`])],
      ...trend.districts.map((d) => [d.name, ...d.points.flatMap((p) => [p.liveOffers, p.weeklySessions])]),
    ];
    return new Response(toCsv(rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="free-city-coverage-trend.csv"',
      },
    });
  }
  const { view, band } = coverageParams(Object.fromEntries(url.searchParams));
  const data = await trpc.coverage.dashboard({ view, band });
  const rows = [
    ["district", "category", "view", "ages", "live offers", "weekly sessions", "city median (live offers)", "thin"],
    ...data.rows.flatMap((r) =>
      r.cells.map((c, i) => [
        r.name,
        data.columns[i]?.name ?? "",
        VIEWS[view],
        BANDS[band],
        c.liveOffers,
        c.weeklySessions,
        data.columns[i]?.median ?? 0,
        c.thin ? "yes" : "no",
      ]),
    ),
  ];
  return new Response(toCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="free-city-coverage-${view}-${band}.csv"`,
    },
  });
}
