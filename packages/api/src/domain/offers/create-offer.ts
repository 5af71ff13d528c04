import { type Database, recordAuditEvent } from "@free-city/db";
import type { Actor } from "../actor.ts";
import { retryOnConflict } from "../retry-on-conflict.ts";
import { uniqueSlug } from "../slug.ts";

/** A new DRAFT offer with only a title; the partner fills in the other sections next. */
export async function createOffer(db: Database, actor: Actor, input: { organisationId: string; title: string }) {
  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      const offer = await tx.offer.create({
        data: {
          organisationId: input.organisationId,
          title: input.title,
          slug: await uniqueSlug(input.title, async (slug) => (await tx.offer.count({ where: { slug } })) > 0, "offer"),
          createdById: actor.id,
        },
      });
      await tx.offerRevision.create({
        data: { offerId: offer.id, number: 1, status: "DRAFT", content: { title: input.title } },
      });
      await recordAuditEvent(tx, {
        actor,
        action: "offer.created",
        entityType: "offer",
        entityId: offer.id,
        organisationId: input.organisationId,
        after: { title: input.title },
      });
      return offer;
    }),
  );
}
