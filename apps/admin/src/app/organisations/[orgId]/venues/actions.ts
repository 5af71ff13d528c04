"use server";

import { redirect } from "next/navigation";
import { attempt, type FormState, refusedForm } from "~/server/form-state";
import { venueValues } from "~/server/venue-values";
import { api } from "~/trpc/server";

const venuesPath = (organisationId: string) => `/organisations/${organisationId}/venues`;

/**
 * Creates or updates a venue. With no district chosen, the district is worked out from the
 * postcode (from the city's own postcode list, no outside service); if it can't be, the
 * partner is asked to choose one.
 */
export async function saveVenue(
  organisationId: string,
  venueId: string | null,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const { values, fieldName, wantsSuggestedDistrict } = venueValues(form);
  let savedId: string;
  try {
    const trpc = await api();
    if (wantsSuggestedDistrict && values.postcode) {
      const suggested = await trpc.venue.suggestDistrict({ postcode: values.postcode }).catch(() => null);
      if (suggested) values.districtId = suggested.districtId;
    }
    const input = { organisationId, ...values } as Parameters<typeof trpc.venue.create>[0];
    if (venueId) await trpc.venue.update({ ...input, venueId });
    savedId = venueId ?? (await trpc.venue.create(input)).id;
  } catch (error) {
    const refused = refusedForm(error, form);
    refused.fieldErrors = Object.fromEntries(
      Object.entries(refused.fieldErrors).map(([k, v]) => [
        fieldName(k),
        k === "districtId" && wantsSuggestedDistrict
          ? "We couldn't tell the district from the postcode. Choose it from the list."
          : v,
      ]),
    );
    return refused;
  }
  redirect(`${venuesPath(organisationId)}?saved=${encodeURIComponent(savedId)}`);
}

export async function archiveVenue(
  organisationId: string,
  venueId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await attempt(form, async () => (await api()).venue.archive({ organisationId, venueId }));
  if (result.status !== "saved") return result;
  redirect(`${venuesPath(organisationId)}?archived=1`);
}
