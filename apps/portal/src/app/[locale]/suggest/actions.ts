"use server";

import { suggestionInput } from "@free-city/schemas";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { isLocale, localePath } from "~/i18n/config";
import { apiForVisitor } from "~/server/api";

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** "Suggest a place or activity" (a plain form: works without JavaScript). */
export async function sendSuggestion(form: FormData) {
  const locale = form.get("locale");
  const input = { what: text(form, "what") ?? "", where: text(form, "where"), districtSlug: text(form, "district"), categorySlug: text(form, "category") };
  let outcome: string;
  if (!suggestionInput.shape.what.safeParse(input.what).success) outcome = "missing";
  else {
    const { api } = await apiForVisitor();
    outcome = await api.voice.suggest(input).then(
      (result) => (result.removedPersonalDetails ? "sent-removed" : "sent"),
      (error: unknown) => {
        if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS") return "too-many";
        if (error instanceof TRPCError && error.code === "BAD_REQUEST") return "invalid";
        throw error;
      },
    );
  }
  redirect(`${localePath(isLocale(locale) ? locale : "en", "/suggest")}?sent=${outcome}#suggest`);
}
