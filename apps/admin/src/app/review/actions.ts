"use server";

import { redirect } from "next/navigation";
import { attempt, type FormState, prose, refusedForm, text } from "~/server/form-state";
import { api } from "~/trpc/server";

const back = (flash: string) => redirect(`/review?done=${flash}`);

export async function claimRevision(revisionId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await attempt(form, async () => (await api()).review.claim({ revisionId }));
  if (result.status === "saved") redirect(`/review/offers/${revisionId}?claimed=1`);
  return result;
}

export async function decideRevision(revisionId: string, _state: FormState, form: FormData): Promise<FormState> {
  const outcome = (text(form, "outcome") ?? "") as "APPROVED";
  const result = await attempt(form, async () =>
    (await api()).offer.decide({ revisionId, outcome, reason: prose(form, "reason") }),
  );
  if (result.status === "saved") back(outcome.toLowerCase());
  return result;
}

export async function decideVenue(venueId: string, _state: FormState, form: FormData): Promise<FormState> {
  const outcome = (text(form, "outcome") ?? "") as "APPROVED";
  const result = await attempt(form, async () =>
    (await api()).review.decideVenue({ venueId, outcome, reason: prose(form, "reason") }),
  );
  if (result.status === "saved") back(`venue-${outcome.toLowerCase()}`);
  return result;
}

export async function decideOrganisation(
  organisationId: string,
  action: "verify" | "reject" | "suspend" | "unsuspend" | "approve-changes" | "reject-changes",
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await attempt(form, async () =>
    (await api()).review.decideOrganisation({ organisationId, action, reason: prose(form, "reason") }),
  );
  if (result.status === "saved") redirect(`/review/organisations/${organisationId}?done=${action}`);
  return result;
}

/** Bulk approve from the queue: a plain form, so it works without JavaScript too. */
export async function approveSelected(form: FormData): Promise<void> {
  const revisionIds = form.getAll("revisionIds").filter((v): v is string => typeof v === "string" && v !== "");
  if (revisionIds.length === 0) redirect("/review?done=none-selected");
  const { approved, failed } = await (await api()).review.approveMany({ revisionIds: revisionIds.slice(0, 50) });
  redirect(`/review?done=bulk&approved=${approved.length}&failed=${failed.length}`);
}

export async function restoreVersion(
  offerId: string,
  revisionId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  let restored: string;
  try {
    restored = (await (await api()).review.restoreVersion({ offerId, revisionId })).revisionId;
  } catch (error) {
    return refusedForm(error, form);
  }
  redirect(`/review/offers/${restored}`);
}
