"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { attempt, type FormState, text } from "~/server/form-state";
import { api } from "~/trpc/server";

const teamPath = (organisationId: string) => `/organisations/${organisationId}/team`;

async function done(organisationId: string, result: FormState, flash: string): Promise<FormState> {
  if (result.status !== "saved") return result;
  revalidatePath(teamPath(organisationId));
  redirect(`${teamPath(organisationId)}?done=${flash}`);
}

export async function inviteMember(organisationId: string, _state: FormState, form: FormData) {
  const role = text(form, "role") === "OWNER" ? "OWNER" : "MEMBER";
  return done(
    organisationId,
    await attempt(form, async () =>
      (await api()).team.invite({ organisationId, email: text(form, "email") ?? "", role }),
    ),
    "invited",
  );
}

export async function revokeInvitation(
  organisationId: string,
  invitationId: string,
  _state: FormState,
  form: FormData,
) {
  return done(
    organisationId,
    await attempt(form, async () => (await api()).team.revokeInvitation({ organisationId, invitationId })),
    "revoked",
  );
}

export async function changeRole(
  organisationId: string,
  userId: string,
  role: "OWNER" | "MEMBER",
  _state: FormState,
  form: FormData,
) {
  return done(
    organisationId,
    await attempt(form, async () => (await api()).team.changeRole({ organisationId, userId, role })),
    "role",
  );
}

export async function removeMember(
  organisationId: string,
  userId: string,
  leaving: boolean,
  _state: FormState,
  form: FormData,
) {
  const result = await attempt(form, async () => (await api()).team.removeMember({ organisationId, userId }));
  if (result.status === "saved" && leaving) redirect("/?left=1");
  return done(organisationId, result, "removed");
}
