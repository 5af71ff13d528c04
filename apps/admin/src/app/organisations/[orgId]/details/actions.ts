"use server";

import { revalidatePath } from "next/cache";
import { attempt, type FormState } from "~/server/form-state";
import { organisationProfile } from "~/server/organisation-values";
import { api } from "~/trpc/server";

export async function updateOrganisation(
  organisationId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await attempt(form, async () =>
    (await api()).organisation.update({ organisationId, ...organisationProfile(form) }),
  );
  if (result.status === "saved") revalidatePath(`/organisations/${organisationId}`, "layout");
  return result;
}
