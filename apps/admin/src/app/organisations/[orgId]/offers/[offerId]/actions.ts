"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { attempt, type FormState } from "~/server/form-state";
import { offerPath, orgPath } from "~/server/pages";
import { api } from "~/trpc/server";

/** The task list's buttons. Each shows its outcome on the task list, or why not above it. */
type Ref = { organisationId: string; offerId: string };

async function then(ref: Ref, result: FormState, flash: string): Promise<FormState> {
  if (result.status !== "saved") return result;
  revalidatePath(offerPath(ref.organisationId, ref.offerId));
  redirect(offerPath(ref.organisationId, ref.offerId, `?done=${flash}`));
}

export async function submitOffer(ref: Ref, _state: FormState, form: FormData) {
  return then(ref, await attempt(form, async () => (await api()).offer.submit(ref)), "submitted");
}

export async function withdrawOffer(ref: Ref, _state: FormState, form: FormData) {
  return then(ref, await attempt(form, async () => (await api()).offer.withdraw(ref)), "withdrawn");
}

export async function confirmOffer(ref: Ref, _state: FormState, form: FormData) {
  return then(ref, await attempt(form, async () => (await api()).offer.confirm(ref)), "confirmed");
}

export async function archiveOffer(ref: Ref, _state: FormState, form: FormData) {
  const result = await attempt(form, async () => (await api()).offer.archive(ref));
  if (result.status !== "saved") return result;
  redirect(orgPath(ref.organisationId, "?archived=1"));
}
