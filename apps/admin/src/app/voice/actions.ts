"use server";

import { revalidatePath } from "next/cache";
import { attempt, type FormState, prose, text } from "~/server/form-state";
import { api } from "~/trpc/server";

export async function moderateFeedback(
  feedbackId: string,
  action: "publish" | "hide",
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await attempt(form, async () => (await api()).moderation.moderateFeedback({ feedbackId, action }));
  if (result.status === "saved") revalidatePath("/voice");
  return result;
}

/** Removes what a young person wrote (the count stays); for names or details the scrubber missed. */
export async function redact(
  kind: "feedback" | "report",
  id: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await attempt(form, async () => (await api()).moderation.redact({ kind, id }));
  if (result.status === "saved") {
    revalidatePath("/voice");
    revalidatePath("/reports");
  }
  return result;
}

export async function respond(feedbackId: string | null, _state: FormState, form: FormData): Promise<FormState> {
  const result = await attempt(form, async () =>
    (await api()).moderation.respond({ feedbackId, youSaid: prose(form, "youSaid"), weDid: prose(form, "weDid") }),
  );
  if (result.status === "saved") revalidatePath("/voice");
  return result;
}

export async function createOutreachTask(
  feedbackId: string | null,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await attempt(form, async () =>
    (await api()).moderation.createOutreachTask({
      feedbackId,
      districtId: text(form, "districtId") ?? "",
      title: prose(form, "title"),
      notes: prose(form, "notes"),
    }),
  );
  if (result.status === "saved") revalidatePath("/voice");
  return result;
}
