import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { retryOnConflict } from "../retry-on-conflict.ts";
import { insertCategory } from "./insert-category.ts";

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
  // One transaction: a suggestion decided meanwhile (or not there) leaves no new category behind.
  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      const category =
        input.action === "create"
          ? await insertCategory(tx, actor, { name: input.name, description: "", parentId: input.parentId })
          : null;
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
    }),
  );
}
