import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "~/app/sign-in/sign-in-form";
import { ActionForm } from "~/components/form/action-form";
import { getSessionUser, isDemoOutbox } from "~/server/auth";
import { idleForm } from "~/server/form-state";
import { orNotFound } from "~/server/pages";
import { api } from "~/trpc/server";
import { acceptInvitation } from "../actions";

export const metadata: Metadata = { title: "Invitation" };

const NOT_PENDING = {
  expired: "This invitation has expired. Ask the person who invited you to send a new one.",
  accepted: "This invitation has already been used.",
  revoked: "This invitation was cancelled. Ask the person who invited you if you should still join.",
} as const;

/**
 * Where an invitation email's link lands. Not signed in: one button sends a sign-in link to the
 * invited address and brings them back here. Signed in as the invited person: one button joins.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await orNotFound((await api()).team.getInvitation({ token }));
  const user = await getSessionUser();
  const here = `/invitations/${encodeURIComponent(token)}`;
  if (invitation.status !== "pending") {
    return (
      <>
        <h1>Join {invitation.organisationName}</h1>
        <p className="lead">{NOT_PENDING[invitation.status]}</p>
        <p>
          <Link href="/">Go to your Free City home page</Link>
        </p>
      </>
    );
  }
  const role = invitation.role === "OWNER" ? "an owner" : "a member";
  return (
    <>
      <h1>Join {invitation.organisationName} on Free City</h1>
      <p className="lead">
        You have been invited to join {invitation.organisationName} as {role}, to put free activities for young people
        on Free City.
      </p>
      {!user ? (
        <>
          <p>
            First, sign in with the email address the invitation was sent to. We will email you a link; open it and you
            will come back here.
          </p>
          <SignInForm callbackUrl={here} defaultEmail={invitation.email} submitLabel="Send me a sign-in link" />
          {isDemoOutbox() ? (
            <p className="muted">
              Demo: the link appears in the <a href="/outbox">demo outbox</a>.
            </p>
          ) : null}
        </>
      ) : user.email.toLowerCase() === invitation.email.toLowerCase() ? (
        <ActionForm
          action={acceptInvitation.bind(null, { token })}
          initial={idleForm}
          submitLabel={`Join ${invitation.organisationName}`}
        >
          {null}
        </ActionForm>
      ) : (
        <p className="inset">
          You are signed in as {user.email}, but this invitation is for {invitation.email}. Sign out, then open the link
          in the invitation email again and sign in as {invitation.email}.
        </p>
      )}
    </>
  );
}
