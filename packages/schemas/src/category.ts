import { z } from "zod";
import { plainText } from "./common.ts";

/** A partner's suggestion of a category the council's taxonomy does not have yet. */
export const categorySuggestionInput = z.strictObject({
  organisationId: z.string().min(1).max(40),
  name: plainText(2, 60, "Category name"),
  note: plainText(0, 500, "Note"),
});
export type CategorySuggestionInput = z.infer<typeof categorySuggestionInput>;
