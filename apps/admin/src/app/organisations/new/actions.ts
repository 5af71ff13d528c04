"use server";

import { redirect } from "next/navigation";
import { checkbox, type FormState, refusedForm } from "~/server/form-state";
import { organisationProfile } from "~/server/organisation-values";
import { api } from "~/trpc/server";

export async function registerOrganisation(_state: FormState, form: FormData): Promise<FormState> {
  let organisationId: string;
  try {
    const created = await (await api()).organisation.create({
      ...organisationProfile(form),
      pledge: checkbox(form, "pledge") as true,
    });
    organisationId = created.id;
  } catch (error) {
    return refusedForm(error, form);
  }
  redirect(`/organisations/${organisationId}?registered=1`);
}
