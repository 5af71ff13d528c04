import { recordAuditEvent, type Database } from "@free-city/db";
import type { Actor } from "../actor.ts";

/** A new DRAFT offer with only a title; the partner fills in the other sections next. */
export async function createOffer(db: Database, actor: Actor, input: { organisationId: string; title: string }) {
  return db.$transaction(async (tx) => {
    const offer = await tx.offer.create({
      data: { organisationId: input.organisationId, title: input.title, slug: await uniqueSlug(tx, input.title), createdById: actor.id },
    });
    await tx.offerRevision.create({ data: { offerId: offer.id, number: 1, status: "DRAFT", content: { title: input.title } } });
    await recordAuditEvent(tx, { actor, action: "offer.created", entityType: "offer", entityId: offer.id, organisationId: input.organisationId, after: { title: input.title } });
    return offer;
  });
}

async function uniqueSlug(tx: Pick<Database, "offer">, title: string): Promise<string> {
  const base = title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "offer";
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.offer.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}
