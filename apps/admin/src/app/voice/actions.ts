"use server";

import { revalidatePath } from "next/cache";
import { attempt, checkbox, type FormState, prose, text } from "~/server/form-state";
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
    (await api()).moderation.respond({
      feedbackId,
      districtId: text(form, "districtId"),
      youSaid: prose(form, "youSaid"),
      weDid: prose(form, "weDid"),
    }),
  );
  if (result.status === "saved") revalidatePath("/voice");
  return result;
}

export async function editYouSaidWeDid(entryId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await attempt(form, async () =>
    (await api()).moderation.editYouSaidWeDid({
      entryId,
      districtId: text(form, "districtId"),
      youSaid: prose(form, "youSaid"),
      weDid: prose(form, "weDid"),
    }),
  );
  if (result.status === "saved") revalidatePath("/voice");
  return result;
}

export async function withdrawYouSaidWeDid(entryId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await attempt(form, async () =>
    (await api()).moderation.withdrawYouSaidWeDid({ entryId, reason: prose(form, "reason") }),
  );
  if (result.status === "saved") revalidatePath("/voice");
  return result;
}

/** Closes an outreach task with its outcome; with "tell young people" ticked, also publishes "You said, we did". */
export async function closeOutreachTask(
  taskId: string,
  districtId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await attempt(form, async () =>
    (await api()).moderation.closeOutreachTask({
      taskId,
      outcome: prose(form, "outcome"),
      publish: checkbox(form, "publish") ? { youSaid: prose(form, "youSaid"), weDid: prose(form, "weDid") } : null,
    }),
  );
  if (result.status === "saved") {
    revalidatePath(`/coverage/districts/${districtId}`);
    revalidatePath("/voice");
  }
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
