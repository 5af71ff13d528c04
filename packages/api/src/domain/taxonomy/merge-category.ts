import { type Database, type Prisma, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";

/**
 * Merges one category into another: its offers (live ones and those waiting in revisions) move
 * to the other, its sub-categories move under it, and it is retired (kept for the history).
 */
export async function mergeCategory(db: Database, actor: Actor, input: { categoryId: string; intoId: string }) {
  if (input.categoryId === input.intoId)
    throw new AppError("INVALID_FIELDS", { fieldErrors: { intoId: "Choose a different category to merge it into" } });
  return db.$transaction(async (tx) => {
    const [from, into] = await Promise.all([
      tx.category.findUnique({
        where: { id: input.categoryId },
        select: { id: true, mergedIntoId: true, archivedAt: true },
      }),
      tx.category.findUnique({
        where: { id: input.intoId },
        select: { id: true, parentId: true, mergedIntoId: true, archivedAt: true },
      }),
    ]);
    if (!from || from.mergedIntoId || from.archivedAt) throw new AppError("NOT_FOUND");
    if (!into || into.mergedIntoId || into.archivedAt || into.parentId === from.id)
      throw new AppError("INVALID_FIELDS", {
        fieldErrors: { intoId: "Choose a live category that is not one of its own sub-categories" },
      });
    const links = await tx.offerCategory.findMany({ where: { categoryId: from.id }, select: { offerId: true } });
    await tx.offerCategory.createMany({
      data: links.map((l) => ({ offerId: l.offerId, categoryId: into.id })),
      skipDuplicates: true,
    });
    await tx.offerCategory.deleteMany({ where: { categoryId: from.id } });
    const revisions = await tx.offerRevision.findMany({
      where: {
        status: { in: ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED"] },
        content: { path: ["categoryIds"], array_contains: [from.id] },
      },
      select: { id: true, content: true },
    });
    for (const r of revisions) {
      const content = r.content as { categoryIds: string[] };
      const categoryIds = [...new Set(content.categoryIds.map((c) => (c === from.id ? into.id : c)))];
      await tx.offerRevision.update({
        where: { id: r.id },
        data: { content: { ...content, categoryIds } as Prisma.InputJsonValue },
      });
    }
    await tx.category.updateMany({
      where: { parentId: from.id },
      data: { parentId: into.parentId === null ? into.id : into.parentId },
    });
    await tx.category.update({ where: { id: from.id }, data: { mergedIntoId: into.id, archivedAt: new Date() } });
    await recordAuditEvent(tx, {
      actor,
      action: "category.merged",
      entityType: "category",
      entityId: from.id,
      after: { into: into.id, offers: links.length, revisions: revisions.length },
    });
    return { offersMoved: links.length, revisionsMoved: revisions.length };
  });
}
