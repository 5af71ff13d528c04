import { type Database, Prisma } from "@free-city/db";
import { photoVariants } from "@free-city/schemas";
import { publicOfferWhere } from "../offers/public-offers.ts";

/**
 * What the portal may show of photos, defined once: photos of a public offer's live revision
 * (or of a public venue's approved set) that no moderator turned down and staff have not taken
 * down. A photo in a draft or in review is in no live revision, so it is never public.
 */
export function livePhotoWhere(): Prisma.ListingPhotoWhereInput {
  return {
    rejectedReason: null,
    photo: { takenDownAt: null },
    OR: [
      { revision: { liveFor: { is: publicOfferWhere } } },
      {
        venueId: { not: null },
        pending: false,
        venue: { status: "APPROVED", organisation: { suspendedAt: null, verificationStatus: { not: "REJECTED" } } },
      },
    ],
  };
}

export const photoRowSelect = {
  altText: true,
  caption: true,
  isCover: true,
  position: true,
  photo: {
    select: { id: true, hash: true, width: true, height: true, placeholder: true, colour: true, variants: true },
  },
} as const satisfies Prisma.ListingPhotoSelect;

type PhotoRow = Prisma.ListingPhotoGetPayload<{ select: typeof photoRowSelect }>;

/** A photo as a page shows it: its files' widths (for srcset), size and placeholder. */
export function toPublicPhoto(row: PhotoRow) {
  const variants = photoVariants.parse(row.photo.variants);
  return {
    id: row.photo.id,
    hash: row.photo.hash,
    width: row.photo.width,
    height: row.photo.height,
    placeholder: row.photo.placeholder,
    colour: row.photo.colour,
    altText: row.altText,
    caption: row.caption,
    isCover: row.isCover,
    widths: [...new Set(variants.map((v) => v.width))].sort((a, b) => a - b),
  };
}
export type PublicPhoto = ReturnType<typeof toPublicPhoto>;

/** The live photos of a public offer, in the partner's order. */
export async function listLiveOfferPhotos(db: Database, offerId: string): Promise<PublicPhoto[]> {
  const rows = await db.listingPhoto.findMany({
    where: { AND: [livePhotoWhere(), { revision: { liveFor: { is: { id: offerId } } } }] },
    select: photoRowSelect,
    orderBy: { position: "asc" },
  });
  return rows.map(toPublicPhoto);
}

/** The live photos of a public venue. */
export async function listLiveVenuePhotos(db: Database, venueId: string): Promise<PublicPhoto[]> {
  const rows = await db.listingPhoto.findMany({
    where: { AND: [livePhotoWhere(), { venueId, pending: false }] },
    select: photoRowSelect,
    orderBy: { position: "asc" },
  });
  return rows.map(toPublicPhoto);
}

/**
 * A public offer's cover (alias `o`: a row of offer known to be public), as SQL for the search
 * statement's result cards: the first photo of its live revision, the one marked as the cover
 * first, that a moderator did not turn down and nobody took down (livePhotoWhere, for a public
 * offer). A JSON object of photoRowSelect's shape, or null; `toPublicPhoto` reads it.
 */
export const coverPhotoSql = Prisma.sql`(SELECT json_build_object('altText', lp.alt_text, 'caption', lp.caption,
    'isCover', lp.is_cover, 'position', lp.position, 'photo', json_build_object('id', p.id, 'hash', p.hash,
    'width', p.width, 'height', p.height, 'placeholder', p.placeholder, 'colour', p.colour, 'variants', p.variants))
  FROM listing_photo lp JOIN photo p ON p.id = lp.photo_id
  WHERE lp.revision_id = o.live_revision_id AND lp.rejected_reason IS NULL AND p.taken_down_at IS NULL
  ORDER BY lp.is_cover DESC, lp.position LIMIT 1)`;

/** A cover as `coverPhotoSql` gives it (null: the offer has none). */
export function coverFromSql(row: unknown): PublicPhoto | null {
  return row === null || row === undefined ? null : toPublicPhoto(row as PhotoRow);
}

/** Whether the portal may serve the files under this hash: some live photo has it. */
export async function isPublicPhotoHash(db: Database, hash: string): Promise<boolean> {
  const row = await db.listingPhoto.findFirst({
    where: { AND: [livePhotoWhere(), { photo: { hash } }] },
    select: { id: true },
  });
  return row !== null;
}
