import { ActionForm } from "~/components/form/action-form";
import { idleForm } from "~/server/form-state";
import { acceptInvitation } from "./actions";

export function AcceptInvitation({
  invitationId,
  organisationName,
  role,
}: {
  invitationId: string;
  organisationName: string;
  role: "OWNER" | "MEMBER";
}) {
  return (
    <ActionForm
      action={acceptInvitation.bind(null, { invitationId })}
      initial={idleForm}
      submitLabel={`Join ${organisationName}`}
    >
      <p>
        You are invited to join <strong>{organisationName}</strong> as {role === "OWNER" ? "an owner" : "a member"}.
      </p>
    </ActionForm>
  );
}
