import type { Database } from "@free-city/db";
import { type SuggestionInput, stripPersonalDetails } from "@free-city/schemas";
import { takeVoiceAttempt } from "./rate-limits.ts";

/**
 * "Suggest a place or activity": stores an anonymous suggestion (PENDING moderation). The
 * district and category are linked when their slugs are known; an unknown slug is ignored, not
 * an error. "Where" is kept on its own line of the comment. Personal details are removed first.
 * RATE_LIMITED past the per-client allowance (see rate-limits.ts).
 */
export async function submitSuggestion(
  db: Database,
  input: SuggestionInput,
  clientKey?: string,
): Promise<{ removedPersonalDetails: boolean }> {
  await takeVoiceAttempt(db, "suggestion", clientKey);
  const [district, category] = await Promise.all([
    input.districtSlug ? db.district.findUnique({ where: { slug: input.districtSlug }, select: { id: true } }) : null,
    input.categorySlug ? db.category.findUnique({ where: { slug: input.categorySlug }, select: { id: true } }) : null,
  ]);
  const what = stripPersonalDetails(input.what);
  const where = stripPersonalDetails(input.where ?? "");
  const comment = where.text ? `${what.text}\n\nWhere: ${where.text}` : what.text;
  await db.feedback.create({
    data: {
      kind: "SUGGESTION",
      comment,
      districtId: district?.id ?? null,
      categoryId: category?.id ?? null,
      status: "PENDING",
    },
  });
  return { removedPersonalDetails: what.removed || where.removed };
}
