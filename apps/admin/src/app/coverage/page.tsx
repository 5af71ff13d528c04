import type { Metadata } from "next";
import Link from "next/link";
import { FilterSelect } from "~/components/form/filter-select";
import { Table } from "~/components/table";
import { requireStaff } from "~/server/pages";
import { api } from "~/trpc/server";
import { BANDS, coverageParams, VIEWS } from "./params";

export const metadata: Metadata = { title: "Coverage by district" };

const formatDay = (d: Date) => d.toLocaleDateString("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });

/**
 * The commission's lens: the 10 districts as engines of change. Where is the free offer thin,
 * for which ages and kinds of activity? A cell below the city median for its column is marked
 * thin, in words and not only by colour. The chart repeats the table's totals, which the table
 * also gives to screen readers.
 */
export default async function CoveragePage({
  searchParams,
}: {
  searchParams: Promise<{ view?: string; band?: string }>;
}) {
  await requireStaff("/coverage");
  const { view, band } = coverageParams(await searchParams);
  const trpc = await api();
  const [data, trend] = await Promise.all([trpc.coverage.dashboard({ view, band }), trpc.coverage.trend({ days: 90 })]);
  const totals = data.rows.map((r) => ({
    id: r.id,
    name: r.name,
    offers: r.cells.reduce((sum, c) => sum + c.liveOffers, 0),
    sessions: r.cells.reduce((sum, c) => sum + c.weeklySessions, 0),
  }));
  const max = Math.max(1, ...totals.map((t) => t.offers));
  const query = new URLSearchParams({ view, band }).toString();
  return (
    <>
      <h1>Coverage by district</h1>
      <p className="lead">
        Live free offers and weekly sessions in each district, by kind of activity. Cells below the city median are
        marked thin: places to find new partners.
      </p>
      <form method="get" className="filters" aria-label="Choose what to show">
        <div className="inline-fields">
          <FilterSelect
            name="view"
            label="Show"
            value={view}
            options={Object.entries(VIEWS).map(([value, label]) => ({ value, label }))}
          />
          <FilterSelect
            name="band"
            label="Ages"
            value={band}
            options={Object.entries(BANDS).map(([value, label]) => ({ value, label }))}
          />
        </div>
        <p className="button-group">
          <button className="button button--secondary" type="submit">
            Show
          </button>
          <a href={`/coverage/export?${query}`} download>
            Download this table (CSV)
          </a>
        </p>
      </form>
      {view === "holidays" ? (
        <p>
          {data.holiday
            ? `${data.holiday.name}: ${formatDay(data.holiday.startsOn)} to ${formatDay(data.holiday.endsOn)}.`
            : "No school holiday is coming up in the calendar."}
        </p>
      ) : null}

      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable) */}
      <div className="table-scroll" role="region" aria-label="Coverage table" tabIndex={0}>
        <table className="table coverage">
          <caption>
            {VIEWS[view]}, {BANDS[band].toLowerCase()}: live offers (weekly sessions)
          </caption>
          <thead>
            <tr>
              <th scope="col">District</th>
              {data.columns.map((c) => (
                <th scope="col" key={c.id}>
                  {c.name}
                  <span className="coverage__median">median {c.median}</span>
                </th>
              ))}
              <th scope="col">All</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r, i) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link href={`/coverage/districts/${r.id}`}>{r.name}</Link>
                </th>
                {r.cells.map((c) => (
                  <td key={c.categoryId} className={c.thin ? "coverage__thin" : undefined}>
                    {c.liveOffers} <span className="muted">({c.weeklySessions})</span>
                    {c.thin ? <span className="coverage__flag"> thin</span> : null}
                  </td>
                ))}
                <td>
                  <strong>{totals[i]?.offers ?? 0}</strong> <span className="muted">({totals[i]?.sessions ?? 0})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Offers per district</h2>
      <svg
        className="bar-chart"
        role="img"
        aria-labelledby="chart-title"
        viewBox={`0 0 600 ${totals.length * 28 + 10}`}
        width="100%"
      >
        <title id="chart-title">
          Live offers per district, as in the table above (counted once per kind of activity)
        </title>
        {totals.map((t, i) => (
          <g key={t.id} transform={`translate(0 ${i * 28 + 5})`}>
            <text x="0" y="16" fontSize="13">
              {t.name}
            </text>
            <rect x="190" y="2" height="18" width={(t.offers / max) * 360} fill="#1e3a8a" />
            <text x={195 + (t.offers / max) * 360} y="16" fontSize="13">
              {t.offers}
            </text>
          </g>
        ))}
      </svg>

      <h2>Over time</h2>
      {trend.days.length < 2 ? (
        <p>
          Trends appear as daily snapshots build up: the start command takes one every 6 hours, and{" "}
          <code>pnpm jobs coverage</code> takes one now.
        </p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable)
        <div className="table-scroll" role="region" aria-label="Coverage over time" tabIndex={0}>
          <Table
            caption="Live offers per district on each snapshot day (all ages)"
            columns={["District", ...trend.days.slice(-8)]}
            variant="table--numbers"
          >
            {trend.districts.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                {d.points.slice(-8).map((p) => (
                  <td key={p.day}>{p.liveOffers}</td>
                ))}
              </tr>
            ))}
          </Table>
        </div>
      )}
      <p>
        <a href="/coverage/export?table=trend" download>
          Download the trend (CSV)
        </a>
      </p>
    </>
  );
}
