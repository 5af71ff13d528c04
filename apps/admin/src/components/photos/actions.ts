"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { attempt, type FormState, text } from "~/server/form-state";
import { offerPath, orgPath } from "~/server/pages";
import { api } from "~/trpc/server";

/** A photo of an offer or of a venue (exactly one of the two ids). */
export type PhotoRef = { organisationId: string; offerId?: string; venueId?: string; photoId: string };

/** The photos page of the offer or venue: worked out from the ids, never taken from the form. */
function photosPath(ref: PhotoRef, query = "") {
  return ref.venueId
    ? orgPath(ref.organisationId, `/venues/${ref.venueId}/photos${query}`)
    : offerPath(ref.organisationId, ref.offerId ?? "", `/photos${query}`);
}

/** Up, down, cover or remove: one button each, in the working set. */
export async function arrangePhoto(
  ref: PhotoRef,
  action: "up" | "down" | "cover" | "remove",
  _state: FormState,
  form: FormData,
) {
  const result = await attempt(form, async () => (await api()).photo.arrange({ ...ref, action }));
  if (result.status !== "saved") return result;
  revalidatePath(photosPath(ref));
  redirect(photosPath(ref, `?done=${action}`));
}

/** A photo's alt text, caption and consent answer. */
export async function editPhoto(ref: PhotoRef, _state: FormState, form: FormData) {
  const result = await attempt(form, async () =>
    (await api()).photo.edit({
      ...ref,
      details: {
        altText: text(form, "altText") ?? "",
        caption: text(form, "caption") ?? "",
        people: (text(form, "people") ?? undefined) as "NONE" | "CONSENTED",
      },
    }),
  );
  if (result.status !== "saved") return result;
  revalidatePath(photosPath(ref));
  redirect(photosPath(ref, "?done=edited"));
}
