import type { Metadata } from "next";
import Link from "next/link";
import { Table } from "~/components/table";
import { formatDate, OFFER_STATUS_LABEL } from "~/lib/labels";
import { NEXT_STEP } from "~/lib/next-step";
import { offerPath, orgPath, requireMembership } from "~/server/pages";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Your offers" };

export default async function OrganisationOffersPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<{ archived?: string; registered?: string; joined?: string }>;
}) {
  const { orgId } = await params;
  const { canEdit, organisation } = await requireMembership(orgId, orgPath(orgId));
  const offers = await (await api()).offer.listForOrganisation({ organisationId: orgId });
  const { archived, registered, joined } = await searchParams;
  return (
    <>
      {archived ? (
        <div className="banner banner--success" role="status">
          <p>The offer is archived. It no longer shows anywhere.</p>
        </div>
      ) : null}
      {registered ? (
        <div className="banner banner--success" role="status">
          <p>
            <strong>{organisation.name} is registered.</strong> Next, add your first offer. The council will check your
            organisation and your offers before young people see them.
          </p>
        </div>
      ) : null}
      {joined ? (
        <div className="banner banner--success" role="status">
          <p>You have joined {organisation.name}.</p>
        </div>
      ) : null}
      <h1>Offers</h1>
      {canEdit ? (
        <p className="button-group">
          <Link className="button" href={orgPath(orgId, "/offers/new")}>
            Add an offer
          </Link>
          <Link className="button button--secondary" href={orgPath(orgId, "/import")}>
            Import offers from a spreadsheet
          </Link>
        </p>
      ) : null}
      {offers.length === 0 ? (
        <p>
          {organisation.name} has no offers yet. An offer is one free thing young people can do: a session, a club, free
          entry, free tickets.
        </p>
      ) : (
        <Table
          caption={<>Offers of {organisation.name}, with their state and what to do next</>}
          hideCaption
          columns={["Offer", "State", "What to do next", "Last confirmed"]}
          variant="table--stack"
        >
          {offers.map((offer) => (
            <tr key={offer.id}>
              <td>
                <Link href={offerPath(orgId, offer.id)}>{offer.title}</Link>
              </td>
              <td>
                <strong className={`tag tag--${offer.status}`}>{OFFER_STATUS_LABEL[offer.status]}</strong>
                {offer.pendingChange ? (
                  <span className="tag tag--IN_REVIEW tag--stacked">
                    {offer.pendingChange === "IN_REVIEW" ? "Change in review" : "Unsent change"}
                  </span>
                ) : null}
              </td>
              <td data-label="What to do next">
                {NEXT_STEP[offer.nextStep]}
                {offer.reviewerReason ? (
                  <p className="reviewer-reason">
                    <strong>The council said:</strong> {offer.reviewerReason}
                  </p>
                ) : null}
              </td>
              <td data-label="Last confirmed">
                {offer.status === "LIVE" || offer.status === "EXPIRED" ? formatDate(offer.lastConfirmedAt) : "–"}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
