"use server";

import { offerFeedbackInput, reportProblemInput } from "@free-city/schemas";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { isLocale, localePath } from "~/i18n/config";
import { apiForVisitor } from "~/server/api";

/**
 * The offer page's two forms. They are plain HTML forms posting to these server actions, so they
 * work without JavaScript; the outcome comes back in the address (`?feedback=sent#feedback`) and
 * the page says it in words. Nothing typed is ever put in the address.
 */
export type VoiceOutcome = "sent" | "sent-removed" | "missing" | "too-many" | "invalid";

function outcomeOf(error: unknown): VoiceOutcome {
  if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS") return "too-many";
  if (error instanceof TRPCError && (error.code === "BAD_REQUEST" || error.code === "NOT_FOUND")) return "invalid";
  throw error;
}

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function back(form: FormData, path: string, query: string, anchor: string): never {
  const locale = form.get("locale");
  redirect(`${localePath(isLocale(locale) ? locale : "en", path)}?${query}#${anchor}`);
}

export async function sendFeedback(form: FormData) {
  const slug = String(form.get("offerSlug") ?? "");
  const input = { offerSlug: slug, reaction: text(form, "reaction"), comment: text(form, "comment") };
  let outcome: VoiceOutcome;
  if (!offerFeedbackInput.shape.reaction.safeParse(input.reaction).success) outcome = "missing";
  else {
    const { api } = await apiForVisitor();
    outcome = await api.voice.offerFeedback(input as never).then((r) => (r.removedPersonalDetails ? "sent-removed" : "sent"), outcomeOf);
  }
  back(form, `/offers/${slug}`, `feedback=${outcome}`, "feedback");
}

export async function sendReport(form: FormData) {
  const slug = String(form.get("offerSlug") ?? "");
  const input = { offerSlug: slug, reason: text(form, "reason"), details: text(form, "details") ?? "" };
  let outcome: VoiceOutcome;
  if (!reportProblemInput.shape.reason.safeParse(input.reason).success) outcome = "missing";
  else {
    const { api } = await apiForVisitor();
    outcome = await api.voice.report(input as never).then((r) => (r.removedPersonalDetails ? "sent-removed" : "sent"), outcomeOf);
  }
  back(form, `/offers/${slug}/report`, `report=${outcome}`, "report");
}
