import { type Prisma, recordAuditEvent } from "@free-city/db";
import type { Actor } from "../actor.ts";
import { uniqueSlug } from "../slug.ts";
import { checkParent } from "./check-parent.ts";

/**
 * Adds a category at the end of its parent's list, audited, inside the caller's transaction (so a
 * decision that makes one, like accepting a partner's suggestion, makes it only if it commits).
 */
export async function insertCategory(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: { name: string; description: string; parentId: string | null },
) {
  await checkParent(tx, input.parentId);
  const slug = await uniqueSlug(
    input.name,
    async (s) => (await tx.category.count({ where: { slug: s } })) > 0,
    "category",
  );
  const position =
    (await tx.category.aggregate({ where: { parentId: input.parentId }, _max: { position: true } }))._max.position ?? 0;
  const category = await tx.category.create({
    data: { ...input, slug, position: position + 1 },
    select: { id: true, slug: true },
  });
  await recordAuditEvent(tx, {
    actor,
    action: "category.created",
    entityType: "category",
    entityId: category.id,
    after: input,
  });
  return category;
}
