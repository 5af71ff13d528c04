import type { Database } from "@free-city/db";
import { type OfferFeedbackInput, stripPersonalDetails } from "@free-city/schemas";
import { findPublicOfferId } from "./find-public-offer-id.ts";
import { takeVoiceAttempt } from "./rate-limits.ts";

/**
 * "Been? How was it?": stores an anonymous reaction to a public offer, waiting for moderation
 * (PENDING). Personal details in the comment are removed first. NOT_FOUND for an offer the
 * public may not see; RATE_LIMITED past the per-client allowance (see rate-limits.ts).
 */
export async function submitOfferFeedback(
  db: Database,
  input: OfferFeedbackInput,
  clientKey?: string,
): Promise<{ removedPersonalDetails: boolean }> {
  await takeVoiceAttempt(db, "feedback", clientKey);
  const offerId = await findPublicOfferId(db, input.offerSlug);
  const comment = stripPersonalDetails(input.comment ?? "");
  await db.feedback.create({
    data: { kind: "REACTION", offerId, reaction: input.reaction, comment: comment.text, status: "PENDING" },
  });
  return { removedPersonalDetails: comment.removed };
}
