"use server";

import { redirect } from "next/navigation";
import { type FormState, refusedForm, text } from "~/server/form-state";
import { offerPath } from "~/server/pages";
import { api } from "~/trpc/server";

export async function createOffer(organisationId: string, _state: FormState, form: FormData): Promise<FormState> {
  let offerId: string;
  try {
    offerId = (await (await api()).offer.create({ organisationId, title: text(form, "title") ?? "" })).id;
  } catch (error) {
    return refusedForm(error, form);
  }
  redirect(offerPath(organisationId, offerId, "?created=1"));
}
