"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { attempt, type FormState, text } from "~/server/form-state";
import { offerPath } from "~/server/pages";
import { api } from "~/trpc/server";

type Ref = { organisationId: string; offerId: string; photoId: string };

/** Up, down, cover or remove: one button each, in the working revision. */
export async function arrangePhoto(
  ref: Ref,
  action: "up" | "down" | "cover" | "remove",
  _state: FormState,
  form: FormData,
) {
  const result = await attempt(form, async () => (await api()).photo.arrange({ ...ref, action }));
  if (result.status !== "saved") return result;
  revalidatePath(offerPath(ref.organisationId, ref.offerId, "/photos"));
  redirect(offerPath(ref.organisationId, ref.offerId, `/photos?done=${action}`));
}

/** A photo's alt text, caption and consent answer. */
export async function editPhoto(ref: Ref, _state: FormState, form: FormData) {
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
  revalidatePath(offerPath(ref.organisationId, ref.offerId, "/photos"));
  redirect(offerPath(ref.organisationId, ref.offerId, "/photos?done=edited"));
}
