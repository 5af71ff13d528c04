import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "~/server/auth";
import { api } from "~/trpc/server";
import { AcceptInvitation } from "./invitations/accept-invitation";

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
        <p className="lead">
          Signed in as {user.name ?? user.email} ({user.staffRole === "ADMIN" ? "administrator" : "moderator"}).
        </p>
        <h2>Waiting for review</h2>
        <p>
          <Link href="/review">Open the review queue</Link> (oldest first).
        </p>
        <ul className="cards">
          <li className="card">
            <Link href="/review?kind=new-offer">
              <span className="card__number">{counts.newOffers}</span> new offers
            </Link>
          </li>
          <li className="card">
            <Link href="/review?kind=edit">
              <span className="card__number">{counts.edits}</span> edits to live offers
            </Link>
          </li>
          <li className="card">
            <Link href="/review?kind=venue">
              <span className="card__number">{counts.venues}</span> new venues
            </Link>
          </li>
          <li className="card">
            <Link href="/review?kind=organisation">
              <span className="card__number">{counts.organisations}</span> organisations to verify
            </Link>
          </li>
        </ul>
      </>
    );
  }

  const [memberships, invitations] = await Promise.all([trpc.organisation.mine(), trpc.team.myInvitations()]);
  // One organisation (nearly everyone): straight to its offers.
  const [only] = memberships;
  if (only && memberships.length === 1 && invitations.length === 0) redirect(`/organisations/${only.organisation.id}`);
  return (
    <>
      <h1>{memberships.length === 0 ? "Welcome to Free City" : "Your organisations"}</h1>
      {memberships.length === 0 ? (
        <p className="lead">
          Put your free activities in front of young people across the city. It takes about five minutes.
        </p>
      ) : (
        <ul className="link-list">
          {memberships.map(({ organisation, role }) => (
            <li key={organisation.id}>
              <Link href={`/organisations/${organisation.id}`}>{organisation.name}</Link>{" "}
              <span className="muted">({role === "OWNER" ? "owner" : "member"})</span>
            </li>
          ))}
        </ul>
      )}
      {invitations.length > 0 ? (
        <section aria-labelledby="invitations-title">
          <h2 id="invitations-title">Invitations for you</h2>
          <ul className="link-list">
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                <AcceptInvitation
                  invitationId={invitation.id}
                  organisationName={invitation.organisationName}
                  role={invitation.role}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2>{memberships.length === 0 ? "Register your organisation" : "Register another organisation"}</h2>
      <p>
        Businesses, venues, clubs, charities, community groups and council services can all offer free things to do.
      </p>
      <p>
        <Link className="button" href="/organisations/new">
          Register an organisation
        </Link>
      </p>
      {memberships.length === 0 ? (
        <p className="muted">
          If a colleague has already registered yours, ask them to invite you from their Team page.
        </p>
      ) : null}
    </>
  );
}
