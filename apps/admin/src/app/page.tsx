import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { formatDate, OFFER_STATUS_LABEL } from "~/lib/labels";
import { getSessionUser } from "~/server/auth";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Home" };
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  const trpc = await api();

  if (user.staffRole) {
    const counts = await trpc.review.counts();
    return (
      <>
        <h1>Council staff</h1>
        <p className="lead">Signed in as {user.name ?? user.email} ({user.staffRole === "ADMIN" ? "administrator" : "moderator"}).</p>
        <h2>Waiting for review</h2>
        <ul className="cards">
          <li className="card"><span className="card__number">{counts.newOffers}</span> new offers</li>
          <li className="card"><span className="card__number">{counts.edits}</span> edits to live offers</li>
          <li className="card"><span className="card__number">{counts.venues}</span> new venues</li>
          <li className="card"><span className="card__number">{counts.organisations}</span> organisations to verify</li>
        </ul>
      </>
    );
  }

  const memberships = await trpc.organisation.mine();
  if (memberships.length === 0) {
    return (
      <>
        <h1>Welcome to Free City</h1>
        <p className="lead">You are signed in as {user.email}, but you are not part of an organisation yet.</p>
        <p>If a colleague has invited you, open the link in their invitation email. Registering a new organisation is coming soon.</p>
      </>
    );
  }

  const organisations = await Promise.all(
    memberships.map(async (m) => ({ ...m, offers: await trpc.offer.listForOrganisation({ organisationId: m.organisation.id }) })),
  );
  return (
    <>
      <h1>Your offers</h1>
      {organisations.map(({ organisation, role, offers }) => (
        <section key={organisation.id} aria-labelledby={`org-${organisation.id}`}>
          <h2 id={`org-${organisation.id}`}>{organisation.name}</h2>
          <p className="muted">
            You are {role === "OWNER" ? "an owner" : "a member"}.{" "}
            {organisation.verificationStatus === "VERIFIED" ? "Verified by the council." : "Waiting for the council to verify this organisation."}
          </p>
          {organisation.suspendedAt ? (
            <div className="banner" role="status">
              <p>
                <strong>This organisation is suspended.</strong> Its listings are hidden and cannot be changed.
                {organisation.suspendedReason ? ` Reason: ${organisation.suspendedReason}` : ""}
              </p>
            </div>
          ) : null}
          {offers.length === 0 ? (
            <p>No offers yet.</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">Offers of {organisation.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Offer</th>
                  <th scope="col">Status</th>
                  <th scope="col">Last confirmed</th>
                </tr>
              </thead>
              <tbody>
                {offers.map((offer) => (
                  <tr key={offer.id}>
                    <td>
                      {offer.title}
                      {offer.reviewerReason ? <p className="muted">Reviewer: {offer.reviewerReason}</p> : null}
                    </td>
                    <td>
                      <strong className={`tag tag--${offer.status}`}>{OFFER_STATUS_LABEL[offer.status]}</strong>
                      {offer.pendingChange ? <p className="muted">{offer.pendingChange === "IN_REVIEW" ? "Edit in review" : "Edit in progress"}</p> : null}
                    </td>
                    <td>{formatDate(offer.lastConfirmedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </>
  );
}
