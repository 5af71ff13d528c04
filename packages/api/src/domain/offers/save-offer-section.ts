import { type Database, type Prisma, recordAuditEvent } from "@free-city/db";
import type { SaveOfferSectionInput } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { copyRevisionPhotos, photoSourceRevisionId } from "../photos/working-photos.ts";
import { retryOnConflict } from "../retry-on-conflict.ts";
import { checkSectionReferences } from "./check-section-references.ts";
import { findOpenRevision, loadWorkingContent, lockOffer, nextRevisionNumber } from "./working-revision.ts";

const IN_REVIEW_MESSAGE = "This offer is waiting for review. Withdraw it from review to make more changes.";

/**
 * Saves one section of an offer into its working revision. The offer's own columns are never
 * touched, so a live offer keeps showing its approved content until staff approve the change.
 *
 * Races: saves and submissions of one offer take the offer's row lock, so two saves never lose
 * each other's section and never both start a revision; the write itself is conditional on the
 * revision still being a draft, so a save that lost a race with "submit" is refused, never
 * written into a revision already in review. A revision number taken meanwhile reruns the save.
 */
export async function saveOfferSection(db: Database, actor: Actor, input: SaveOfferSectionInput) {
  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      const offer = await tx.offer.findFirst({ where: { id: input.offerId, organisationId: input.organisationId } });
      if (!offer) throw new AppError("NOT_FOUND");
      await lockOffer(tx, offer.id);
      if (offer.status === "ARCHIVED") throw new AppError("INVALID_TRANSITION", { status: offer.status });
      await checkSectionReferences(tx, input);
      const open = await findOpenRevision(tx, offer.id);
      if (open?.status === "IN_REVIEW")
        throw new AppError("INVALID_TRANSITION", { reason: "in-review" }, IN_REVIEW_MESSAGE);
      const base = open ? (open.content as Record<string, unknown>) : await loadWorkingContent(tx, offer);
      const content = JSON.parse(JSON.stringify({ ...base, ...input.values })) as Prisma.InputJsonValue;
      let revision: { id: string; number: number };
      if (open) {
        const saved = await tx.offerRevision.updateMany({ where: { id: open.id, status: "DRAFT" }, data: { content } });
        if (saved.count !== 1) throw new AppError("INVALID_TRANSITION", { reason: "in-review" }, IN_REVIEW_MESSAGE);
        revision = open;
      } else {
        const photoSource = await photoSourceRevisionId(tx, offer);
        revision = await tx.offerRevision.create({
          data: { offerId: offer.id, number: await nextRevisionNumber(tx, offer.id), status: "DRAFT", content },
        });
        // A new change starts with the photos its text starts from.
        await copyRevisionPhotos(tx, photoSource, revision.id);
      }
      // A never-published offer is listed to its partner under its working title.
      if (input.section === "basics" && !offer.liveRevisionId) {
        await tx.offer.update({ where: { id: offer.id }, data: { title: input.values.title } });
      }
      await recordAuditEvent(tx, {
        actor,
        action: "offer.section_saved",
        entityType: "offer",
        entityId: offer.id,
        organisationId: offer.organisationId,
        after: { section: input.section, revision: revision.number },
      });
      return tx.offerRevision.findUniqueOrThrow({ where: { id: revision.id } });
    }),
  );
}
