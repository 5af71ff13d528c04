import type { Metadata } from "next";
import Link from "next/link";
import { Table } from "~/components/table";
import { orgPath, requireMembership } from "~/server/pages";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Venues" };

const VENUE_STATUS = {
  PENDING: { label: "Waiting for the council", className: "tag tag--IN_REVIEW" },
  APPROVED: { label: "Checked", className: "tag tag--LIVE" },
  REJECTED: { label: "Not accepted", className: "tag tag--REJECTED" },
  ARCHIVED: { label: "Archived", className: "tag tag--ARCHIVED" },
} as const;

export default async function VenuesPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<{ saved?: string; archived?: string }>;
}) {
  const { orgId } = await params;
  const { canEdit, organisation } = await requireMembership(orgId, orgPath(orgId, "/venues"));
  const venues = await (await api()).venue.list({ organisationId: orgId });
  const { saved, archived } = await searchParams;
  const savedVenue = venues.find((v) => v.id === saved);
  return (
    <>
      {savedVenue ? (
        <div className="banner banner--success" role="status">
          <p>
            Saved {savedVenue.name}.{" "}
            {savedVenue.status === "PENDING"
              ? "The council checks new venues; you can use it in your offers straight away."
              : ""}
          </p>
        </div>
      ) : null}
      {archived ? (
        <div className="banner banner--success" role="status">
          <p>Venue archived.</p>
        </div>
      ) : null}
      <h1>Venues</h1>
      <p>The places where {organisation.name}’s offers happen. Add each place once, then choose it in your offers.</p>
      {canEdit ? (
        <p>
          <Link className="button" href={orgPath(orgId, "/venues/new")}>
            Add a venue
          </Link>
        </p>
      ) : null}
      {venues.length === 0 ? (
        <p>No venues yet.</p>
      ) : (
        <Table caption={<>Venues of {organisation.name}</>} hideCaption columns={["Venue", "Address", "State"]}>
          {venues.map((v) => (
            <tr key={v.id}>
              <td>
                {v.status === "ARCHIVED" ? v.name : <Link href={orgPath(orgId, `/venues/${v.id}`)}>{v.name}</Link>}
              </td>
              <td>{[v.addressLine1, v.town, v.postcode].filter(Boolean).join(", ")}</td>
              <td>
                <strong className={VENUE_STATUS[v.status].className}>{VENUE_STATUS[v.status].label}</strong>
              </td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
