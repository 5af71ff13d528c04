import {
  arrangeListingPhotoInput,
  editListingPhotoInput,
  listingPhotosInput,
  rejectPhotoInput,
  reviewPhotosInput,
  takeDownPhotoInput,
} from "@free-city/schemas";
import { actorOf } from "../domain/actor.ts";
import { notifierOf } from "../domain/notify.ts";
import { checkListingPhotoRoom } from "../domain/photos/add-listing-photo.ts";
import { arrangeListingPhoto } from "../domain/photos/arrange-listing-photo.ts";
import { editListingPhoto } from "../domain/photos/edit-listing-photo.ts";
import { getReviewPhotos } from "../domain/photos/get-review-photos.ts";
import { listListingPhotos } from "../domain/photos/list-listing-photos.ts";
import { rejectPhoto } from "../domain/photos/reject-photo.ts";
import { takeDownPhoto } from "../domain/photos/take-down-photo.ts";
import { createTRPCRouter, partnerEditProcedure, partnerProcedure, staffProcedure } from "../trpc.ts";

/**
 * Photos on offers and venues (each input names one of the two). The upload itself is an HTTP route in the admin (a file is not JSON): it
 * calls `checkUpload` first, so it passes the same guards as every partner change.
 */
export const photoRouter = createTRPCRouter({
  /** Partner: the photos being worked on, and what the council turned down. */
  listingPhotos: partnerProcedure.input(listingPhotosInput).query(({ ctx, input }) => listListingPhotos(ctx.db, input)),
  /** Partner: may a photo be added to this offer or venue now? (The upload route's guard.) */
  checkUpload: partnerEditProcedure.input(listingPhotosInput).mutation(async ({ ctx, input }) => {
    await checkListingPhotoRoom(ctx.db, input);
    return { ok: true };
  }),
  /** Partner: move a photo, make it the cover, or remove it (in the working set). */
  arrange: partnerEditProcedure
    .input(arrangeListingPhotoInput)
    .mutation(({ ctx, input }) => arrangeListingPhoto(ctx.db, actorOf(ctx.user), input)),
  /** Partner: change a photo's alt text, caption or consent answer. */
  edit: partnerEditProcedure
    .input(editListingPhotoInput)
    .mutation(({ ctx, input }) => editListingPhoto(ctx.db, actorOf(ctx.user), input)),
  /** Staff: a change's photos (an offer's revision, or a venue's) beside the live ones. */
  reviewPhotos: staffProcedure.input(reviewPhotosInput).query(({ ctx, input }) => getReviewPhotos(ctx.db, input)),
  /** Staff: turn down one photo of a change in review, with a reason. */
  reject: staffProcedure
    .input(rejectPhotoInput)
    .mutation(({ ctx, input }) => rejectPhoto(ctx.db, actorOf(ctx.user), input)),
  /** Staff: take a live photo off the portal at once; the owners are emailed why. */
  takeDown: staffProcedure
    .input(takeDownPhotoInput)
    .mutation(({ ctx, input }) => takeDownPhoto(ctx.db, notifierOf(ctx), actorOf(ctx.user), input)),
});
