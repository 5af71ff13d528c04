import { type Database, recordAuditEvent } from "@free-city/db";
import type { Actor } from "../actor.ts";
import { retryOnConflict } from "../retry-on-conflict.ts";
import { uniqueSlug } from "../slug.ts";
import { checkParent } from "./check-parent.ts";

export async function createCategory(
  db: Database,
  actor: Actor,
  input: { name: string; description: string; parentId: string | null },
) {
  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      await checkParent(tx, input.parentId);
      const slug = await uniqueSlug(
        input.name,
        async (s) => (await tx.category.count({ where: { slug: s } })) > 0,
        "category",
      );
      const position =
        (await tx.category.aggregate({ where: { parentId: input.parentId }, _max: { position: true } }))._max
          .position ?? 0;
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
    }),
  );
}
