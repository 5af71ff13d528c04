import "server-only";
import { TRPCError } from "@trpc/server";
import { isLocale, type Locale, localePath } from "~/i18n/config";

/**
 * What the youth-voice forms share. They are plain HTML forms posting to server actions (so they
 * work without JavaScript); the outcome travels back in the address as one word and the page
 * says it in words. Nothing typed is ever put in the address.
 */
export type VoiceOutcome = "sent" | "sent-removed" | "missing" | "too-many" | "invalid";

/** A text field's value, or undefined when it was left blank. */
export function formText(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

export function formLocale(form: FormData): Locale {
  const locale = form.get("locale");
  return isLocale(locale) ? locale : "en";
}

/** The outcome of sending: sent (and whether personal details were taken out), or why not. */
export async function outcomeOf(sending: Promise<{ removedPersonalDetails: boolean }>): Promise<VoiceOutcome> {
  try {
    return (await sending).removedPersonalDetails ? "sent-removed" : "sent";
  } catch (error) {
    if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS") return "too-many";
    if (error instanceof TRPCError && (error.code === "BAD_REQUEST" || error.code === "NOT_FOUND")) return "invalid";
    throw error;
  }
}

/** Where to send the young person back to: the form's page, with the outcome, at the form. */
export function backTo(form: FormData, path: string, name: string, outcome: VoiceOutcome, anchor: string): string {
  return `${localePath(formLocale(form), path)}?${name}=${outcome}#${anchor}`;
}
