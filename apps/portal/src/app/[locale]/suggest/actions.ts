"use server";

import { suggestionInput } from "@free-city/schemas";
import { redirect } from "next/navigation";
import { apiForVisitor } from "~/server/api";
import { backTo, formText, outcomeOf, type VoiceOutcome } from "~/server/voice-forms";

/** "Suggest a place or activity". */
export async function sendSuggestion(form: FormData) {
  const what = formText(form, "what") ?? "";
  let outcome: VoiceOutcome = "missing";
  if (suggestionInput.shape.what.safeParse(what).success) {
    const { api } = await apiForVisitor();
    outcome = await outcomeOf(
      api.voice.suggest({
        what,
        where: formText(form, "where"),
        districtSlug: formText(form, "district"),
        categorySlug: formText(form, "category"),
      }),
    );
  }
  redirect(backTo(form, "/suggest", "sent", outcome, "suggest"));
}
