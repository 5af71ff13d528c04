import { type Database, type Prisma, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { retryOnConflict } from "../retry-on-conflict.ts";
import { type ListingRef, openPhotoSet } from "./photo-set.ts";
import { tidyPhotoSet } from "./working-photos.ts";

export type PhotoTarget = ListingRef & { photoId: string };

/**
 * One change to a photo of an offer's or venue's working set, in a transaction (retried on a
 * conflict): the set opened, the photo found in it, changed, the set tidied and the change audited.
 */
export async function changeInWorkingSet<T>(
  db: Database,
  actor: Actor,
  input: PhotoTarget,
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
