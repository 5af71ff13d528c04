import type { Prisma } from "@free-city/db";
import { AppError } from "../../errors.ts";

/** A parent must be a live top-level category, and not the category itself (two levels only). */
export async function checkParent(tx: Prisma.TransactionClient, parentId: string | null, self?: string) {
  if (parentId === null) return;
  const parent = await tx.category.findUnique({
    where: { id: parentId },
    select: { parentId: true, mergedIntoId: true, archivedAt: true },
  });
  if (!parent || parent.parentId !== null || parent.mergedIntoId || parent.archivedAt || parentId === self) {
    throw new AppError("INVALID_FIELDS", {
      fieldErrors: { parentId: "Choose a top-level category (categories go two levels deep)" },
    });
  }
  if (self && (await tx.category.count({ where: { parentId: self } })) > 0) {
    throw new AppError("INVALID_FIELDS", {
      fieldErrors: { parentId: "This category has sub-categories of its own, so it stays at the top level" },
    });
  }
}
