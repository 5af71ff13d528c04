import { type Database, recordAuditEvent } from "@free-city/db";
import type { CategorySuggestionInput } from "@free-city/schemas";
import type { Actor } from "../actor.ts";

/** A partner asks staff for a category the taxonomy lacks; staff accept or decline it. */
export async function suggestCategory(db: Database, actor: Actor, input: CategorySuggestionInput) {
  return db.$transaction(async (tx) => {
    const suggestion = await tx.categorySuggestion.create({
      data: { organisationId: input.organisationId, suggestedById: actor.id, name: input.name, note: input.note },
      select: { id: true, name: true, status: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "category.suggested",
      entityType: "category_suggestion",
      entityId: suggestion.id,
      organisationId: input.organisationId,
      after: { name: input.name },
    });
    return suggestion;
  });
}
