"use server";

import { revalidatePath } from "next/cache";
import { attempt, type FormState, prose } from "~/server/form-state";
import { api } from "~/trpc/server";

export async function resolveReport(
  reportId: string,
  action: "resolve" | "unpublish",
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await attempt(form, async () =>
    (await api()).moderation.resolveReport({ reportId, action, note: prose(form, "note") }),
  );
  if (result.status === "saved") revalidatePath("/reports");
  return result;
}
