import { type Database, type Prisma, recordAuditEvent } from "@free-city/db";
import type { ArrangeListingPhotoInput, EditListingPhotoInput } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { retryOnConflict } from "../retry-on-conflict.ts";
import { type ListingRef, openPhotoSet } from "./photo-set.ts";
import { tidyPhotoSet } from "./working-photos.ts";

type Target = ListingRef & { photoId: string };

async function inWorkingSet<T>(
  db: Database,
  actor: Actor,
  input: Target,
  action: string,
  change: (
    tx: Prisma.TransactionClient,
    row: { id: string; position: number },
    where: Prisma.ListingPhotoWhereInput,
  ) => Promise<T>,
) {
  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      const set = await openPhotoSet(tx, input);
      const row = await tx.listingPhoto.findFirst({ where: { AND: [set.where, { photoId: input.photoId }] } });
      if (!row) throw new AppError("NOT_FOUND");
      const result = await change(tx, row, set.where);
      await tidyPhotoSet(tx, set.where);
      await set.changed();
      await recordAuditEvent(tx, {
        actor,
        action: `${set.kind}.${action}`,
        entityType: set.kind,
        entityId: set.listingId,
        organisationId: set.organisationId,
        after: { photoId: input.photoId, ...set.auditNote },
      });
      return result;
    }),
  );
}

/** Moves a photo up or down, makes it the cover, or removes it, in the offer's or venue's working set. */
export async function arrangeListingPhoto(db: Database, actor: Actor, input: ArrangeListingPhotoInput) {
  return inWorkingSet(db, actor, input, `photo_${input.action}`, async (tx, row, where) => {
    if (input.action === "remove") {
      await tx.listingPhoto.delete({ where: { id: row.id } });
    } else if (input.action === "cover") {
      await tx.listingPhoto.updateMany({ where, data: { isCover: false } });
      await tx.listingPhoto.update({ where: { id: row.id }, data: { isCover: true } });
    } else {
      const neighbour = await tx.listingPhoto.findFirst({
        where: {
          AND: [where, { position: input.action === "up" ? { lt: row.position } : { gt: row.position } }],
        },
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

/** Changes a photo's alt text, caption or consent answer in the offer's or venue's working set. */
export async function editListingPhoto(db: Database, actor: Actor, input: EditListingPhotoInput) {
  return inWorkingSet(db, actor, input, "photo_edited", async (tx, row) => {
    await tx.listingPhoto.update({
      where: { id: row.id },
      data: { altText: input.details.altText, caption: input.details.caption, people: input.details.people },
    });
    return { ok: true };
  });
}
