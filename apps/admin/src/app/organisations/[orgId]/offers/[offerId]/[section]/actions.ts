"use server";

import type { OfferSection, SaveOfferSectionInput } from "@free-city/schemas";
import { redirect } from "next/navigation";
import { SECTION_INFO } from "~/lib/offer-sections";
import { type FormState, refusedForm } from "~/server/form-state";
import { sectionValues } from "~/server/offer-section-values";
import { offerPath } from "~/server/pages";
import { api } from "~/trpc/server";

/** Saves one section; back to the task list, or the form again with a message by each field. */
export async function saveSection(
  ref: { organisationId: string; offerId: string },
  section: OfferSection,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  try {
    const input = { ...ref, section, values: sectionValues[section](form) } as SaveOfferSectionInput;
    await (await api()).offer.saveSection(input);
  } catch (error) {
    const refused = refusedForm(error, form);
    // The procedure's input wraps the section's answers in `values`; the form's fields are named without it.
    refused.fieldErrors = Object.fromEntries(
      Object.entries(refused.fieldErrors).map(([k, v]) => [k.replace(/^values\./, ""), v]),
    );
    return refused;
  }
  redirect(offerPath(ref.organisationId, ref.offerId, `?saved=${SECTION_INFO[section].slug}`));
}
