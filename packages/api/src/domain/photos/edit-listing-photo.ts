import type { Database } from "@free-city/db";
import type { EditListingPhotoInput } from "@free-city/schemas";
import type { Actor } from "../actor.ts";
import { changeInWorkingSet } from "./change-in-working-set.ts";

/** Changes a photo's alt text, caption or consent answer in the offer's or venue's working set. */
export async function editListingPhoto(db: Database, actor: Actor, input: EditListingPhotoInput) {
  return changeInWorkingSet(db, actor, input, "photo_edited", async (tx, row) => {
    await tx.listingPhoto.update({
      where: { id: row.id },
      data: { altText: input.details.altText, caption: input.details.caption, people: input.details.people },
    });
    return { ok: true };
  });
}
