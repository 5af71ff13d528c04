import {
  arrangeOfferPhotoInput,
  editOfferPhotoInput,
  offerPhotosInput,
  recordId,
  rejectPhotoInput,
  takeDownPhotoInput,
} from "@free-city/schemas";
import { z } from "zod";
import { actorOf } from "../domain/actor.ts";
import { notifierOf } from "../domain/notify.ts";
import { checkOfferPhotoRoom } from "../domain/photos/add-offer-photo.ts";
import { arrangeOfferPhoto, editOfferPhoto } from "../domain/photos/arrange-offer-photo.ts";
import { listOfferPhotos } from "../domain/photos/list-offer-photos.ts";
import { getRevisionPhotos, rejectPhoto, takeDownPhoto } from "../domain/photos/review-photos.ts";
import { createTRPCRouter, partnerEditProcedure, partnerProcedure, staffProcedure } from "../trpc.ts";

/**
 * Photos on offers. The upload itself is an HTTP route in the admin (a file is not JSON): it
 * calls `checkUpload` first, so it passes the same guards as every partner change.
 */
export const photoRouter = createTRPCRouter({
  /** Partner: the photos being worked on, and what the council turned down. */
  offerPhotos: partnerProcedure.input(offerPhotosInput).query(({ ctx, input }) => listOfferPhotos(ctx.db, input)),
  /** Partner: may a photo be added to this offer now? (The upload route's guard.) */
  checkUpload: partnerEditProcedure.input(offerPhotosInput).mutation(async ({ ctx, input }) => {
    await checkOfferPhotoRoom(ctx.db, input);
    return { ok: true };
  }),
  /** Partner: move a photo, make it the cover, or remove it (in the working revision). */
  arrange: partnerEditProcedure
    .input(arrangeOfferPhotoInput)
    .mutation(({ ctx, input }) => arrangeOfferPhoto(ctx.db, actorOf(ctx.user), input)),
  /** Partner: change a photo's alt text, caption or consent answer. */
  edit: partnerEditProcedure
    .input(editOfferPhotoInput)
    .mutation(({ ctx, input }) => editOfferPhoto(ctx.db, actorOf(ctx.user), input)),
  /** Staff: a revision's photos beside the live ones. */
  revisionPhotos: staffProcedure
    .input(z.strictObject({ revisionId: recordId() }))
    .query(({ ctx, input }) => getRevisionPhotos(ctx.db, input.revisionId)),
  /** Staff: turn down one photo of a change in review, with a reason. */
  reject: staffProcedure
    .input(rejectPhotoInput)
    .mutation(({ ctx, input }) => rejectPhoto(ctx.db, actorOf(ctx.user), input)),
  /** Staff: take a live photo off the portal at once; the owners are emailed why. */
  takeDown: staffProcedure
    .input(takeDownPhotoInput)
    .mutation(({ ctx, input }) => takeDownPhoto(ctx.db, notifierOf(ctx), actorOf(ctx.user), input)),
});
