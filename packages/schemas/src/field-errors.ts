/** What a form says above itself when answers are refused, beside each one's own message. */
export const CHECK_ANSWERS = "Check the answers marked below.";

/**
 * A refused input's messages by field path ("schedules.0.endTime"), the one rule for every form
 * and the API: a field with several problems shows the first (the most basic: "Enter a title"
 * before "Title must be at least 3 characters").
 */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) fieldErrors[issue.path.map(String).join(".")] ??= issue.message;
  return fieldErrors;
}
