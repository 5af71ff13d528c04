import { readAdminEnv } from "@free-city/api/auth";
import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "~/components/back-link";
import { Table } from "~/components/table";
import { formatDate } from "~/lib/labels";
import { orNotFound, requireStaff } from "~/server/pages";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "District" };

const REACTION = { LOVED_IT: "Loved it", GOOD: "Good", OKAY: "Okay", NOT_FOR_ME: "Not for me" } as const;

/**
 * One district for officers: its partners and venues, open reports and what waits for review,
 * beside what young people said about it and the outreach tasks that answer them.
 */
export default async function DistrictLensPage({ params }: { params: Promise<{ districtId: string }> }) {
  const { districtId } = await params;
  await requireStaff(`/coverage/districts/${districtId}`);
  const lens = await orNotFound((await api()).coverage.district({ districtId }));
  return (
    <>
      <BackLink href="/coverage">Back to coverage</BackLink>
      <span className="caption">District</span>
      <h1>{lens.district.name}</h1>
      {lens.district.summary ? <p className="lead">{lens.district.summary}</p> : null}
      <p>
        <a href={`${readAdminEnv().portalUrl}/districts/${lens.district.slug}`}>
          See the {lens.district.name} page young people see
        </a>
      </p>
      <ul className="cards">
        <li className="card">
          <span className="card__number">{lens.organisations.length}</span> organisations
        </li>
        <li className="card">
          <span className="card__number">{lens.venues.length}</span> venues
        </li>
        <li className="card">
          <Link href={`/review?district=${lens.district.id}`}>
            <span className="card__number">{lens.pendingVenues}</span> venues waiting for review
          </Link>
        </li>
        <li className="card">
          <Link href="/reports">
            <span className="card__number">{lens.reports.length}</span> open reports
          </Link>
        </li>
      </ul>
      <h2>Venues and who runs them</h2>
      {lens.venues.length === 0 ? (
        <p>No venues here yet: a gap to fill.</p>
      ) : (
        <Table
          caption={<>Venues in {lens.district.name}</>}
          hideCaption
          columns={["Venue", "Organisation", "Offers"]}
          variant="table--stack"
        >
          {lens.venues.map((v) => (
            <tr key={v.id}>
              <td>
                {v.name}, {v.postcode}
                {v.status === "PENDING" ? <span className="muted"> (not checked yet)</span> : null}
              </td>
              <td data-label="Organisation">
                <Link href={`/review/organisations/${v.organisation.id}`}>{v.organisation.name}</Link>
                {v.organisation.suspendedAt ? <span className="muted"> (suspended)</span> : null}
              </td>
              <td data-label="Offers">{v._count.offers}</td>
            </tr>
          ))}
        </Table>
      )}
      <h2>Open reports</h2>
      {lens.reports.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="link-list">
          {lens.reports.map((r) => (
            <li key={r.id}>
              {formatDate(r.createdAt)}: {r.offer?.title ?? "a listing"} ({r.reason.toLowerCase().replace(/_/g, " ")})
            </li>
          ))}
        </ul>
      )}
      <h2>What young people said</h2>
      <h3>Suggestions for {lens.district.name}</h3>
      {lens.suggestions.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul className="link-list">
          {lens.suggestions.map((s) => (
            <li key={s.id}>
              {s.comment ? `“${s.comment}”` : "(text removed)"}
              <span className="muted">
                {" "}
                ({formatDate(s.createdAt)}
                {s.category ? `, ${s.category.name}` : ""}
                {s.status === "PENDING" ? ", waiting for a decision" : ""})
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>Reactions to offers here</h3>
      {lens.reactions.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul className="link-list">
          {lens.reactions.map((r) => (
            <li key={r.reaction}>
              {REACTION[r.reaction]}: {r.count}
            </li>
          ))}
        </ul>
      )}
      <h2>Outreach tasks</h2>
      {lens.outreach.length === 0 ? (
        <p>None open. Suggestions from young people can become tasks on the youth voice page.</p>
      ) : (
        <ul className="link-list">
          {lens.outreach.map((t) => (
            <li key={t.id}>
              <Link href={`/voice/outreach/${t.id}`}>{t.title}</Link>{" "}
              <span className="muted">({formatDate(t.createdAt)})</span>
              {t.notes ? <span className="muted">. {t.notes}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {lens.closedOutreach.length > 0 ? (
        <>
          <h3>Closed</h3>
          <ul className="link-list">
            {lens.closedOutreach.map((t) => (
              <li key={t.id}>
                <Link href={`/voice/outreach/${t.id}`}>{t.title}</Link>: {t.outcome}{" "}
                <span className="muted">
                  ({formatDate(t.closedAt)}
                  {t.youSaidWeDidId ? ", told young people" : ""})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
