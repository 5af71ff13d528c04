import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { checkParent } from "./check-parent.ts";

export async function moveCategory(db: Database, actor: Actor, input: { categoryId: string; parentId: string | null }) {
  return db.$transaction(async (tx) => {
    const before = await tx.category.findUnique({ where: { id: input.categoryId }, select: { parentId: true } });
    if (!before) throw new AppError("NOT_FOUND");
    await checkParent(tx, input.parentId, input.categoryId);
    await tx.category.update({ where: { id: input.categoryId }, data: { parentId: input.parentId } });
    await recordAuditEvent(tx, {
      actor,
      action: "category.moved",
      entityType: "category",
      entityId: input.categoryId,
      before,
      after: { parentId: input.parentId },
    });
  });
}
