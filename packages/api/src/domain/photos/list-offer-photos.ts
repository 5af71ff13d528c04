import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { photoSourceRevisionId } from "./working-photos.ts";

const editorSelect = {
  id: true,
  altText: true,
  caption: true,
  isCover: true,
  position: true,
  people: true,
  rejectedReason: true,
  photo: {
    select: {
      id: true,
      hash: true,
      width: true,
      height: true,
      placeholder: true,
      colour: true,
      takenDownAt: true,
      takedownReason: true,
    },
  },
} as const;

/**
 * The photos a partner is working on (the open revision's, or those a new change would start
 * from), and what the council turned down or took down, with the reasons.
 */
export async function listOfferPhotos(db: Database, input: { organisationId: string; offerId: string }) {
  const offer = await db.offer.findFirst({ where: { id: input.offerId, organisationId: input.organisationId } });
  if (!offer) throw new AppError("NOT_FOUND");
  const open = await db.offerRevision.findFirst({
    where: { offerId: offer.id, status: { in: ["DRAFT", "IN_REVIEW"] } },
    orderBy: { number: "desc" },
    select: { id: true, status: true },
  });
  const sourceId = open?.id ?? (await photoSourceRevisionId(db, offer));
  const rows = sourceId
    ? await db.listingPhoto.findMany({
        where: { revisionId: sourceId },
        select: editorSelect,
        orderBy: { position: "asc" },
      })
    : [];
  // A new change starts without the photos turned down or taken down; they are listed with the reason.
  const working = open
    ? rows.filter((r) => !r.photo.takenDownAt)
    : rows.filter((r) => !r.rejectedReason && !r.photo.takenDownAt);
  const turnedDown = rows
    .filter((r) => r.rejectedReason || r.photo.takenDownAt)
    .map((r) => ({
      photoId: r.photo.id,
      altText: r.altText,
      reason: r.rejectedReason ?? r.photo.takedownReason,
      takenDown: Boolean(r.photo.takenDownAt),
    }));
  return {
    inReview: open?.status === "IN_REVIEW",
    photos: working.map((r) => ({
      photoId: r.photo.id,
      hash: r.photo.hash,
      width: r.photo.width,
      height: r.photo.height,
      placeholder: r.photo.placeholder,
      colour: r.photo.colour,
      altText: r.altText,
      caption: r.caption,
      isCover: r.isCover,
      people: r.people,
      rejectedReason: r.rejectedReason,
    })),
    turnedDown,
  };
}
