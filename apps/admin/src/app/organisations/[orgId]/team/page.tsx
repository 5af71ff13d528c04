import type { Metadata } from "next";
import { ActionForm } from "~/components/form/action-form";
import { Choices, TextField } from "~/components/form/fields";
import { Table } from "~/components/table";
import { formatDate } from "~/lib/labels";
import { getSessionUser } from "~/server/auth";
import { idleForm } from "~/server/form-state";
import { orgPath, requireMembership } from "~/server/pages";
import { api } from "~/trpc/server";
import { changeRole, inviteMember, removeMember, revokeInvitation } from "./actions";

export const metadata: Metadata = { title: "Team" };

const DONE: Record<string, string> = {
  invited: "Invitation sent. It works for 7 days.",
  revoked: "Invitation cancelled.",
  role: "Role changed.",
  removed: "Removed from the team.",
};

export default async function TeamPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const { orgId } = await params;
  const { role, canEdit, organisation } = await requireMembership(orgId, orgPath(orgId, "/team"));
  const [team, me] = await Promise.all([(await api()).team.list({ organisationId: orgId }), getSessionUser()]);
  const { done } = await searchParams;
  const isOwner = role === "OWNER" && canEdit;
  return (
    <>
      {done && DONE[done] ? (
        <div className="banner banner--success" role="status">
          <p>{DONE[done]}</p>
        </div>
      ) : null}
      <h1>Team</h1>
      <p>
        Everyone here can add and change {organisation.name}’s venues and offers. Owners can also invite and remove
        people and change the organisation’s details.
      </p>
      <Table
        caption={<>Members of {organisation.name}</>}
        hideCaption
        columns={["Name and email", "Role", "Joined", { hidden: "Actions" }]}
      >
        {team.members.map((member) => {
          const isMe = member.userId === me?.id;
          const label = member.name ? `${member.name} (${member.email})` : member.email;
          return (
            <tr key={member.userId}>
              <td>
                {member.name ? (
                  <>
                    {member.name}
                    <br />
                  </>
                ) : null}
                {member.email}
                {isMe ? <span className="muted"> (you)</span> : null}
              </td>
              <td>{member.role === "OWNER" ? "Owner" : "Member"}</td>
              <td>{formatDate(member.joinedAt)}</td>
              <td className="table__actions">
                {isOwner ? (
                  <ActionForm
                    action={changeRole.bind(null, orgId, member.userId, member.role === "OWNER" ? "MEMBER" : "OWNER")}
                    initial={idleForm}
                    submitLabel={
                      member.role === "OWNER" ? `Make ${isMe ? "me" : label} a member` : `Make ${label} an owner`
                    }
                  >
                    {null}
                  </ActionForm>
                ) : null}
                {(isOwner || isMe) && canEdit ? (
                  <ActionForm
                    action={removeMember.bind(null, orgId, member.userId, isMe)}
                    initial={idleForm}
                    submitLabel={isMe ? "Leave this organisation" : `Remove ${label}`}
                  >
                    {null}
                  </ActionForm>
                ) : null}
              </td>
            </tr>
          );
        })}
      </Table>

      {team.invitations.length > 0 ? (
        <>
          <h2>Invitations waiting</h2>
          <ul className="link-list">
            {team.invitations.map((invitation) => (
              <li key={invitation.id}>
                {invitation.email} as {invitation.role === "OWNER" ? "an owner" : "a member"}, until{" "}
                {formatDate(invitation.expiresAt)}
                {isOwner ? (
                  <ActionForm
                    action={revokeInvitation.bind(null, orgId, invitation.id)}
                    initial={idleForm}
                    submitLabel={`Cancel the invitation to ${invitation.email}`}
                  >
                    {null}
                  </ActionForm>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {isOwner ? (
        <>
          <h2>Invite a colleague</h2>
          <p>We email them a link. When they open it, they sign in and join {organisation.name}.</p>
          <ActionForm action={inviteMember.bind(null, orgId)} initial={idleForm} submitLabel="Send invitation">
            <TextField name="email" label="Their email address" type="email" autoComplete="off" />
            <Choices
              name="role"
              type="radio"
              legend="Role"
              defaultValue="MEMBER"
              options={[
                { value: "MEMBER", label: "Member", hint: "Adds and changes venues and offers." },
                {
                  value: "OWNER",
                  label: "Owner",
                  hint: "Also invites and removes people, and changes the organisation’s details.",
                },
              ]}
            />
          </ActionForm>
        </>
      ) : null}
    </>
  );
}
