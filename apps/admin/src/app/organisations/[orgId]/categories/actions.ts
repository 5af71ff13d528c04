"use server";

import { revalidatePath } from "next/cache";
import { attempt, type FormState, prose } from "~/server/form-state";
import { api } from "~/trpc/server";

export async function suggestCategory(organisationId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await attempt(form, async () =>
    (await api()).catalogue.suggestCategory({ organisationId, name: prose(form, "name"), note: prose(form, "note") }),
  );
  if (result.status === "saved") revalidatePath(`/organisations/${organisationId}/categories`);
  return result;
}
