import { type Database, recordAuditEvent } from "@free-city/db";
import type { ArrangeOfferPhotoInput, PhotoDetails } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { retryOnConflict } from "../retry-on-conflict.ts";
import { ensureDraftRevision, tidyRevisionPhotos } from "./working-photos.ts";

type Target = { organisationId: string; offerId: string; photoId: string };

async function inDraft<T>(
  db: Database,
  actor: Actor,
  input: Target,
  action: string,
  change: (
    tx: Parameters<Parameters<Database["$transaction"]>[0]>[0],
    row: { id: string; position: number },
    revisionId: string,
  ) => Promise<T>,
) {
  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      const offer = await tx.offer.findFirst({ where: { id: input.offerId, organisationId: input.organisationId } });
      if (!offer) throw new AppError("NOT_FOUND");
      const revision = await ensureDraftRevision(tx, offer);
      const row = await tx.listingPhoto.findFirst({ where: { revisionId: revision.id, photoId: input.photoId } });
      if (!row) throw new AppError("NOT_FOUND");
      const result = await change(tx, row, revision.id);
      await tidyRevisionPhotos(tx, revision.id);
      await recordAuditEvent(tx, {
        actor,
        action,
        entityType: "offer",
        entityId: offer.id,
        organisationId: offer.organisationId,
        after: { photoId: input.photoId, revision: revision.number },
      });
      return result;
    }),
  );
}

/** Moves a photo up or down, makes it the cover, or removes it, in the offer's working revision. */
export async function arrangeOfferPhoto(db: Database, actor: Actor, input: ArrangeOfferPhotoInput) {
  return inDraft(db, actor, input, `offer.photo_${input.action}`, async (tx, row, revisionId) => {
    if (input.action === "remove") {
      await tx.listingPhoto.delete({ where: { id: row.id } });
    } else if (input.action === "cover") {
      await tx.listingPhoto.updateMany({ where: { revisionId }, data: { isCover: false } });
      await tx.listingPhoto.update({ where: { id: row.id }, data: { isCover: true } });
    } else {
      const neighbour = await tx.listingPhoto.findFirst({
        where: { revisionId, position: input.action === "up" ? { lt: row.position } : { gt: row.position } },
        orderBy: { position: input.action === "up" ? "desc" : "asc" },
      });
      if (neighbour) {
        await tx.listingPhoto.update({ where: { id: neighbour.id }, data: { position: row.position } });
        await tx.listingPhoto.update({ where: { id: row.id }, data: { position: neighbour.position } });
      }
    }
    return { ok: true };
  });
}

/** Changes a photo's alt text, caption or consent answer in the offer's working revision. */
export async function editOfferPhoto(db: Database, actor: Actor, input: Target & { details: PhotoDetails }) {
  return inDraft(db, actor, input, "offer.photo_edited", async (tx, row) => {
    await tx.listingPhoto.update({
      where: { id: row.id },
      data: { altText: input.details.altText, caption: input.details.caption, people: input.details.people },
    });
    return { ok: true };
  });
}
