"use server";

import { offerFeedbackInput, reportProblemInput } from "@free-city/schemas";
import { redirect } from "next/navigation";
import { apiForVisitor } from "~/server/api";
import { backTo, formText, outcomeOf, type VoiceOutcome } from "~/server/voice-forms";

/** "Been? How was it?" on the offer page. */
export async function sendFeedback(form: FormData) {
  const offerSlug = String(form.get("offerSlug") ?? "");
  const reaction = offerFeedbackInput.shape.reaction.safeParse(formText(form, "reaction"));
  let outcome: VoiceOutcome = "missing";
  if (reaction.success) {
    const { api } = await apiForVisitor();
    outcome = await outcomeOf(
      api.voice.offerFeedback({ offerSlug, reaction: reaction.data, comment: formText(form, "comment") }),
    );
  }
  redirect(backTo(form, `/offers/${offerSlug}`, "feedback", outcome, "feedback"));
}

/** "Report a problem" with an offer. */
export async function sendReport(form: FormData) {
  const offerSlug = String(form.get("offerSlug") ?? "");
  const reason = reportProblemInput.shape.reason.safeParse(formText(form, "reason"));
  let outcome: VoiceOutcome = "missing";
  if (reason.success) {
    const { api } = await apiForVisitor();
    outcome = await outcomeOf(
      api.voice.report({ offerSlug, reason: reason.data, details: formText(form, "details") ?? "" }),
    );
  }
  redirect(backTo(form, `/offers/${offerSlug}/report`, "report", outcome, "report"));
}
