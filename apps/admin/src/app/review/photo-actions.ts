"use server";

import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { reviewPath } from "~/server/pages";
import { api } from "~/trpc/server";

function refused(error: unknown): string {
  return error instanceof TRPCError ? error.message : "That didn't work. Refresh and try again.";
}

/** Turn down one photo of a change in review (an offer's or a venue's), with the reason the partner sees. */
export async function rejectPhotoAction(
  listing: { revisionId: string } | { venueId: string },
  photoId: string,
  form: FormData,
) {
  const back = reviewPath(listing);
  try {
    await (await api()).photo.reject({ ...listing, photoId, reason: String(form.get("reason") ?? "") });
  } catch (error) {
    redirect(`${back}?photoError=${encodeURIComponent(refused(error))}#photos-title`);
  }
  redirect(`${back}?photo=rejected#photos-title`);
}

/** Take a live photo off the portal now; the owners are emailed why. */
export async function takeDownPhotoAction(back: string, photoId: string, form: FormData) {
  try {
    await (await api()).photo.takeDown({ photoId, reason: String(form.get("reason") ?? "") });
  } catch (error) {
    redirect(`${back}?photoError=${encodeURIComponent(refused(error))}#photos-title`);
  }
  redirect(`${back}?photo=taken-down#photos-title`);
}
