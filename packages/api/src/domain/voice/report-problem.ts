import type { Database } from "@free-city/db";
import { type ReportProblemInput, stripPersonalDetails } from "@free-city/schemas";
import { findPublicOfferId } from "./find-public-offer-id.ts";
import { takeVoiceAttempt } from "./rate-limits.ts";

/**
 * "Report a problem" with a public offer: opens an anonymous Report for council staff. Personal
 * details in the text are removed first. NOT_FOUND for an offer the public may not see;
 * RATE_LIMITED past the per-client allowance (see rate-limits.ts).
 */
export async function reportProblem(
  db: Database,
  input: ReportProblemInput,
  clientKey?: string,
): Promise<{ removedPersonalDetails: boolean }> {
  await takeVoiceAttempt(db, "report", clientKey);
  const offerId = await findPublicOfferId(db, input.offerSlug);
  const details = stripPersonalDetails(input.details ?? "");
  await db.report.create({ data: { offerId, reason: input.reason, details: details.text } });
  return { removedPersonalDetails: details.removed };
}
