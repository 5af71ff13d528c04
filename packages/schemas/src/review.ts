/** Staff moderation: the queue's filters and the decisions on venues and organisations. */
import { z } from "zod";
import { plainText, recordId } from "./common.ts";

const id = recordId();

export const REVIEW_KINDS = ["new-offer", "edit", "venue", "organisation"] as const;

export const reviewQueueFilter = z.strictObject({
  kind: z.enum(REVIEW_KINDS).optional(),
  districtId: id.optional(),
  categoryId: id.optional(),
  organisationId: id.optional(),
});
export type ReviewQueueFilter = z.infer<typeof reviewQueueFilter>;

export const revisionRefInput = z.strictObject({ revisionId: id });

export const venueDecisionInput = z.strictObject({
  venueId: id,
  outcome: z.enum(["APPROVED", "REJECTED"]),
  reason: plainText(0, 2000, "Reason"),
});

/** Verify or reject a new organisation; suspend one (hiding all its listings) or lift a suspension. */
export const organisationDecisionInput = z.strictObject({
  organisationId: id,
  action: z.enum(["verify", "reject", "suspend", "unsuspend", "approve-changes", "reject-changes"]),
  reason: plainText(0, 2000, "Reason"),
});
export type OrganisationDecisionInput = z.infer<typeof organisationDecisionInput>;
