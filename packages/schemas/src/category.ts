import { z } from "zod";
import { oneLine, plainText, recordId } from "./common.ts";

/** A partner's suggestion of a category the council's taxonomy does not have yet. */
export const categorySuggestionInput = z.strictObject({
  organisationId: recordId(),
  name: oneLine(2, 60, "Category name"),
  note: plainText(0, 500, "Note"),
});
export type CategorySuggestionInput = z.infer<typeof categorySuggestionInput>;

const id = recordId();

/** The council's taxonomy, managed by administrators. Two levels: categories and sub-categories. */
export const createCategoryInput = z.strictObject({
  name: oneLine(2, 60, "Category name"),
  description: plainText(0, 300, "Description"),
  parentId: id.nullable(),
});
export const renameCategoryInput = z.strictObject({
  categoryId: id,
  name: oneLine(2, 60, "Category name"),
  description: plainText(0, 300, "Description"),
});
export const moveCategoryInput = z.strictObject({ categoryId: id, parentId: id.nullable() });
export const mergeCategoryInput = z.strictObject({
  categoryId: id,
  intoId: recordId("Choose the category to merge it into"),
});
export const decideSuggestionInput = z.discriminatedUnion("action", [
  z.strictObject({
    suggestionId: id,
    action: z.literal("create"),
    name: oneLine(2, 60, "Category name"),
    parentId: id.nullable(),
  }),
  z.strictObject({
    suggestionId: id,
    action: z.literal("map"),
    categoryId: recordId("Choose the category it belongs to"),
  }),
  z.strictObject({ suggestionId: id, action: z.literal("decline") }),
]);
