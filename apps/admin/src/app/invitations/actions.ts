"use server";

import { redirect } from "next/navigation";
import { type FormState, refusedForm } from "~/server/form-state";
import { api } from "~/trpc/server";

/** Joins the organisation of an invitation (by the link's token, or by id from the home page). */
export async function acceptInvitation(
  ref: { token: string } | { invitationId: string },
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  let organisationId: string;
  try {
    const trpc = await api();
    organisationId = (
      "token" in ref
        ? await trpc.team.acceptInvitation({ token: ref.token })
        : await trpc.team.acceptById({ invitationId: ref.invitationId })
    ).organisationId;
  } catch (error) {
    return refusedForm(error, form);
  }
  redirect(`/organisations/${organisationId}?joined=1`);
}
