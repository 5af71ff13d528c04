import { type Database, type Prisma, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { retryOnConflict } from "../retry-on-conflict.ts";
import { uniqueSlug } from "../slug.ts";

type Tx = Prisma.TransactionClient;

/** The whole taxonomy for administrators: live categories with their offer counts, and the merged or archived ones. */
export async function listTaxonomy(db: Database) {
  const [categories, suggestions] = await Promise.all([
    db.category.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: {
        id: true,
        slug: true,
        name: true,
        description: true,
        parentId: true,
        mergedIntoId: true,
        archivedAt: true,
        _count: { select: { offers: true } },
      },
    }),
    db.categorySuggestion.findMany({
      where: { status: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, note: true, createdAt: true, organisation: { select: { name: true } } },
    }),
  ]);
  const live = categories.filter((c) => !c.mergedIntoId && !c.archivedAt);
  return {
    tree: live
      .filter((c) => c.parentId === null)
      .map((p) => ({
        ...p,
        offers: p._count.offers,
        children: live.filter((c) => c.parentId === p.id).map((c) => ({ ...c, offers: c._count.offers })),
      })),
    retired: categories
      .filter((c) => c.mergedIntoId || c.archivedAt)
      .map((c) => ({
        id: c.id,
        name: c.name,
        mergedInto: categories.find((x) => x.id === c.mergedIntoId)?.name ?? null,
      })),
    suggestions,
  };
}

/** A parent must be a live top-level category, and not the category itself (two levels only). */
async function checkParent(tx: Tx, parentId: string | null, self?: string) {
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

/** A partner's suggestion: made into a new category, mapped to an existing one, or declined. */
export async function decideSuggestion(
  db: Database,
  actor: Actor,
  input: { suggestionId: string } & (
    | { action: "create"; name: string; parentId: string | null }
    | { action: "map"; categoryId: string }
    | { action: "decline" }
  ),
) {
  const category =
    input.action === "create"
      ? await createCategory(db, actor, { name: input.name, description: "", parentId: input.parentId })
      : null;
  return db.$transaction(async (tx) => {
    const resolvedCategoryId = category?.id ?? (input.action === "map" ? input.categoryId : null);
    if (
      input.action === "map" &&
      !(await tx.category.findFirst({ where: { id: input.categoryId, mergedIntoId: null, archivedAt: null } }))
    ) {
      throw new AppError("INVALID_FIELDS", { fieldErrors: { categoryId: "Choose a live category" } });
    }
    const decided = await tx.categorySuggestion.updateMany({
      where: { id: input.suggestionId, status: "PENDING" },
      data: {
        status: input.action === "decline" ? "DECLINED" : "ACCEPTED",
        resolvedCategoryId,
        decidedById: actor.id,
        decidedAt: new Date(),
      },
    });
    if (decided.count !== 1) throw new AppError("ALREADY_DECIDED");
    await recordAuditEvent(tx, {
      actor,
      action: `category_suggestion.${input.action === "decline" ? "declined" : "accepted"}`,
      entityType: "category_suggestion",
      entityId: input.suggestionId,
      after: { resolvedCategoryId },
    });
  });
}
