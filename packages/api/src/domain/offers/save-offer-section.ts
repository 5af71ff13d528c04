import { type Database, type Prisma, recordAuditEvent } from "@free-city/db";
import type { SaveOfferSectionInput } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { checkSectionReferences } from "./check-section-references.ts";
import { findOpenRevision, loadWorkingContent, nextRevisionNumber } from "./working-revision.ts";

/**
 * Saves one section of an offer into its working revision. The offer's own columns are never
 * touched, so a live offer keeps showing its approved content until staff approve the change.
 */
export async function saveOfferSection(db: Database, actor: Actor, input: SaveOfferSectionInput) {
  return db.$transaction(async (tx) => {
    const offer = await tx.offer.findFirst({ where: { id: input.offerId, organisationId: input.organisationId } });
    if (!offer) throw new AppError("NOT_FOUND");
    if (offer.status === "ARCHIVED") throw new AppError("INVALID_TRANSITION", { status: offer.status });
    await checkSectionReferences(tx, input);
    const open = await findOpenRevision(tx, offer.id);
    if (open?.status === "IN_REVIEW") {
      throw new AppError(
        "INVALID_TRANSITION",
        { reason: "in-review" },
        "This offer is waiting for review. Withdraw it from review to make more changes.",
      );
    }
    const base = open ? (open.content as Record<string, unknown>) : await loadWorkingContent(tx, offer);
    const content = JSON.parse(JSON.stringify({ ...base, ...input.values })) as Prisma.InputJsonValue;
    const revision = open
      ? await tx.offerRevision.update({ where: { id: open.id }, data: { content } })
      : await tx.offerRevision.create({
          data: { offerId: offer.id, number: await nextRevisionNumber(tx, offer.id), status: "DRAFT", content },
        });
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
    return revision;
  });
}
