import type { Metadata } from "next";
import Link from "next/link";
import { Table } from "~/components/table";
import { formatDate } from "~/lib/labels";
import { orgPath, orNotFound, requireMembership } from "~/server/pages";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Insights" };

const WEEKS = 12;
const REACTION = { LOVED_IT: "Loved it", GOOD: "Good", OKAY: "Okay", NOT_FOR_ME: "Not for me" } as const;
const COLUMNS = [
  { key: "views", label: "Views" },
  { key: "saves", label: "Saves" },
  { key: "takeUpClicks", label: "Booking clicks" },
  { key: "calendarAdds", label: "Calendar adds" },
] as const;

const weekLabel = (isoMonday: string) =>
  new Date(`${isoMonday}T12:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });

/**
 * How young people use the organisation's offers, from the portal's daily counts. There is no
 * data about any person to show: the portal only ever adds one to a day's total.
 */
export default async function InsightsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<{ offer?: string }>;
}) {
  const { orgId } = await params;
  await requireMembership(orgId, orgPath(orgId, "/insights"));
  const { offer: offerId } = await searchParams;
  const trpc = await api();
  const offers = await trpc.stats.organisationInsights({ organisationId: orgId, weeks: WEEKS });
  const detail = offerId
    ? await orNotFound(trpc.stats.offerInsights({ organisationId: orgId, offerId, weeks: WEEKS }))
    : null;
  const selected = offers.find((o) => o.offerId === offerId);
  return (
    <>
      <h1>Insights</h1>
      <p className="lead">
        How often young people looked at, saved, and went on to book or plan your offers in the last {WEEKS} weeks.
      </p>
      <p className="muted">
        These are daily totals only. Free City never records who someone is, so there is nothing more personal to show.
      </p>
      {offers.length === 0 ? (
        <p>Nothing yet: insights start when an offer is live.</p>
      ) : (
        <Table
          caption={<>All offers, last {WEEKS} weeks</>}
          columns={["Offer", ...COLUMNS.map((c) => c.label)]}
          variant="table--numbers"
        >
          {offers.map((o) => (
            <tr key={o.offerId}>
              <th scope="row">
                <Link
                  href={orgPath(orgId, `/insights?offer=${o.offerId}`)}
                  aria-current={o.offerId === offerId ? "true" : undefined}
                >
                  {o.title}
                </Link>
              </th>
              {COLUMNS.map((c) => (
                <td key={c.key}>{o[c.key].toLocaleString("en-GB")}</td>
              ))}
            </tr>
          ))}
        </Table>
      )}
      {detail ? (
        <section aria-labelledby="weekly-title">
          <h2 id="weekly-title">{selected?.title ?? "This offer"}, week by week</h2>
          <Table
            caption="Weekly totals, newest week first"
            hideCaption
            columns={["Week starting", ...COLUMNS.map((c) => c.label)]}
            variant="table--numbers"
            footer={
              <tr>
                <th scope="row">Since it went live</th>
                {COLUMNS.map((c) => (
                  <td key={c.key}>{detail.totals[c.key].toLocaleString("en-GB")}</td>
                ))}
              </tr>
            }
          >
            {detail.weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{weekLabel(w.weekStart)}</th>
                {COLUMNS.map((c) => (
                  <td key={c.key}>{w[c.key].toLocaleString("en-GB")}</td>
                ))}
              </tr>
            ))}
          </Table>
          <h3>What young people said</h3>
          {detail.reactions.length === 0 ? (
            <p>No published reactions yet. Young people can say how it was on the offer's page.</p>
          ) : (
            <ul className="link-list">
              {detail.reactions.map((r) => (
                <li key={r.reaction}>
                  {REACTION[r.reaction]}: {r.count.toLocaleString("en-GB")}
                </li>
              ))}
            </ul>
          )}
          {detail.comments.length > 0 ? (
            <ul className="link-list">
              {detail.comments.map((c) => (
                <li key={c.id}>
                  “{c.comment}”{" "}
                  <span className="muted">
                    ({c.reaction ? `${REACTION[c.reaction]}, ` : ""}
                    {formatDate(c.createdAt)})
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="muted">Council staff read every comment before it is shown. Nothing here says who wrote it.</p>
        </section>
      ) : null}
    </>
  );
}
