import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";

export async function renameCategory(
  db: Database,
  actor: Actor,
  input: { categoryId: string; name: string; description: string },
) {
  return db.$transaction(async (tx) => {
    const before = await tx.category.findUnique({
      where: { id: input.categoryId },
      select: { name: true, description: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.category.update({
      where: { id: input.categoryId },
      data: { name: input.name, description: input.description },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "category.renamed",
      entityType: "category",
      entityId: input.categoryId,
      before,
      after: { name: input.name, description: input.description },
    });
  });
}
