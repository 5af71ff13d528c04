/** What a listing's photo is shown with wherever a person works on it (the partner's editor, the moderator's review). */
export const listingPhotoSelect = {
  altText: true,
  caption: true,
  isCover: true,
  position: true,
  people: true,
  rejectedReason: true,
  photo: {
    select: { id: true, hash: true, width: true, height: true, placeholder: true, colour: true, takenDownAt: true },
  },
} as const;
