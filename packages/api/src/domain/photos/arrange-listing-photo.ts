import type { Database } from "@free-city/db";
import type { ArrangeListingPhotoInput } from "@free-city/schemas";
import type { Actor } from "../actor.ts";
import { changeInWorkingSet } from "./change-in-working-set.ts";

/** Moves a photo up or down, makes it the cover, or removes it, in the offer's or venue's working set. */
export async function arrangeListingPhoto(db: Database, actor: Actor, input: ArrangeListingPhotoInput) {
  return changeInWorkingSet(db, actor, input, `photo_${input.action}`, async (tx, row, where) => {
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
