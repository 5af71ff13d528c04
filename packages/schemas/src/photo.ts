/**
 * Photos on offers and venues: what a partner writes about each photo, and what staff decide.
 * The file itself is checked by what it is (packages/photos), never by these schemas.
 */
import { z } from "zod";
import { oneLine, plainText, recordId } from "./common.ts";

/** At most this many photos on one offer or venue. */
export const MAX_LISTING_PHOTOS = 6;

export const PHOTO_PEOPLE = ["NONE", "CONSENTED"] as const;

/** Alt text that only says it is a photo ("photo of", "image", "picture") says nothing. */
const EMPTY_ALT = /^(a |an |the )?(photo|picture|image|pic|img)s?( of)?( a| an| the)?[\s.!:-]*$/i;

export const photoAltText = oneLine(1, 250, "Alt text")
  .refine((value) => value.trim().length > 0, "Say what the photo shows, for people who can't see it.")
  .refine(
    (value) => !EMPTY_ALT.test(value.trim()),
    'Say what is in the photo, not just "photo of". For example: "Two young people painting a mural of a tree".',
  );

/** What a partner tells us about one photo (the upload form, and editing it later). */
export const photoDetails = z.strictObject({
  altText: photoAltText,
  caption: oneLine(0, 200, "Caption").default(""),
  people: z.enum(
    PHOTO_PEOPLE,
    "Tell us whether people can be recognised in the photo, and if so, that everyone agreed to it.",
  ),
});
export type PhotoDetails = z.infer<typeof photoDetails>;

/** One stored version of a photo (Photo.variants). */
export const photoVariants = z.array(
  z.object({
    width: z.number().int(),
    height: z.number().int(),
    format: z.enum(["avif", "webp", "jpg"]),
    bytes: z.number().int(),
  }),
);
export type PhotoVariantRow = z.infer<typeof photoVariants>[number];

/**
 * Which listing's photos: an offer or a venue of the organisation (exactly one). Offers and
 * venues share the photo steps; only where the working set lives differs.
 */
const listingFields = {
  organisationId: recordId(),
  offerId: recordId().optional(),
  venueId: recordId().optional(),
};
const oneListing = (value: { offerId?: string; venueId?: string }) =>
  (value.offerId === undefined) !== (value.venueId === undefined);
const ONE_LISTING = "Say which offer or venue the photo is for.";

export const listingPhotosInput = z.strictObject(listingFields).refine(oneListing, ONE_LISTING);
export type ListingPhotosInput = z.infer<typeof listingPhotosInput>;

export const editListingPhotoInput = z
  .strictObject({ ...listingFields, photoId: recordId(), details: photoDetails })
  .refine(oneListing, ONE_LISTING);
export type EditListingPhotoInput = z.infer<typeof editListingPhotoInput>;

export const arrangeListingPhotoInput = z
  .strictObject({
    ...listingFields,
    photoId: recordId(),
    action: z.enum(["up", "down", "cover", "remove"], "Choose what to do with the photo."),
  })
  .refine(oneListing, ONE_LISTING);
export type ArrangeListingPhotoInput = z.infer<typeof arrangeListingPhotoInput>;

/** A change in review: an offer's revision, or a venue (new, or a change to an approved one). */
const reviewFields = { revisionId: recordId().optional(), venueId: recordId().optional() };
const oneReview = (value: { revisionId?: string; venueId?: string }) =>
  (value.revisionId === undefined) !== (value.venueId === undefined);

export const reviewPhotosInput = z.strictObject(reviewFields).refine(oneReview, "Say which change.");
export type ReviewPhotosInput = z.infer<typeof reviewPhotosInput>;

export const rejectPhotoInput = z
  .strictObject({ ...reviewFields, photoId: recordId(), reason: plainText(1, 1000, "Reason") })
  .refine(oneReview, "Say which change.");
export type RejectPhotoInput = z.infer<typeof rejectPhotoInput>;

export const takeDownPhotoInput = z.strictObject({
  photoId: recordId(),
  reason: plainText(1, 1000, "Reason"),
});
export type TakeDownPhotoInput = z.infer<typeof takeDownPhotoInput>;
