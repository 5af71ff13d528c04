import {
  organisationDecisionInput,
  recordId,
  reviewQueueFilter,
  revisionRefInput,
  venueDecisionInput,
} from "@free-city/schemas";
import { z } from "zod";
import { actorOf } from "../domain/actor.ts";
import { notifierOf } from "../domain/notify.ts";
import { notifyOrganisationOwners } from "../domain/organisations/notify-organisation-owners.ts";
import { approveRevisions } from "../domain/review/approve-revisions.ts";
import { claimRevision } from "../domain/review/claim-revision.ts";
import { countReviewQueue } from "../domain/review/count-review-queue.ts";
import { decideOrganisation } from "../domain/review/decide-organisation.ts";
import { decideVenue } from "../domain/review/decide-venue.ts";
import { getOrganisationReview } from "../domain/review/get-organisation-review.ts";
import { getRevisionReview } from "../domain/review/get-revision-review.ts";
import { getVenueReview } from "../domain/review/get-venue-review.ts";
import { listOfferVersions } from "../domain/review/list-offer-versions.ts";
import { listReviewQueue } from "../domain/review/list-review-queue.ts";
import { restoreOfferVersion } from "../domain/review/restore-offer-version.ts";
import { organisationDecisionEmail, venueDecisionEmail } from "../email/review-emails.ts";
import { createTRPCRouter, staffProcedure } from "../trpc.ts";

export const reviewRouter = createTRPCRouter({
  /** Staff: how much is waiting, per kind (staff home). */
  counts: staffProcedure.query(({ ctx }) => countReviewQueue(ctx.db)),
  /** Staff: everything waiting for a decision, oldest first, filtered. */
  queue: staffProcedure.input(reviewQueueFilter).query(({ ctx, input }) => listReviewQueue(ctx.db, input)),
  /** Staff: one submitted revision with the live version, the changed fields and the organisation's history. */
  revision: staffProcedure
    .input(revisionRefInput)
    .query(({ ctx, input }) => getRevisionReview(ctx.db, input.revisionId)),
  /** Staff: a venue to check. */
  venue: staffProcedure
    .input(z.strictObject({ venueId: recordId() }))
    .query(({ ctx, input }) => getVenueReview(ctx.db, input.venueId)),
  /** Staff: an organisation to verify, suspend or look into. */
  organisation: staffProcedure
    .input(z.strictObject({ organisationId: recordId() }))
    .query(({ ctx, input }) => getOrganisationReview(ctx.db, input.organisationId)),
  /** Staff: claim a revision so nobody else reviews it at the same time. */
  claim: staffProcedure
    .input(revisionRefInput)
    .mutation(({ ctx, input }) => claimRevision(ctx.db, actorOf(ctx.user), input.revisionId)),
  /** Staff: approve several submitted revisions at once (each decided and emailed on its own). */
  approveMany: staffProcedure
    .input(
      z.strictObject({
        revisionIds: z.array(recordId()).min(1, "Tick at least one").max(50, "Approve up to 50 at a time"),
      }),
    )
    .mutation(({ ctx, input }) =>
      approveRevisions(ctx.db, notifierOf(ctx), actorOf(ctx.user), [...new Set(input.revisionIds)]),
    ),
  /** Staff: an offer's approved versions (who approved each, when; which is live). */
  versions: staffProcedure
    .input(z.strictObject({ offerId: recordId() }))
    .query(({ ctx, input }) => listOfferVersions(ctx.db, input.offerId)),
  /** Staff: bring back an earlier version as a new revision waiting for review. */
  restoreVersion: staffProcedure
    .input(z.strictObject({ offerId: recordId(), revisionId: recordId() }))
    .mutation(({ ctx, input }) => restoreOfferVersion(ctx.db, actorOf(ctx.user), input)),
  /** Staff: approve or reject (reason required) a new venue. */
  decideVenue: staffProcedure.input(venueDecisionInput).mutation(async ({ ctx, input }) => {
    const decided = await decideVenue(ctx.db, actorOf(ctx.user), input);
    const notifier = notifierOf(ctx);
    await notifyOrganisationOwners(
      ctx.db,
      decided.organisationId,
      venueDecisionEmail({
        ...decided,
        editUrl: `${notifier.links.adminUrl}/organisations/${decided.organisationId}/venues/${decided.venueId}`,
      }),
    );
    return { status: decided.status };
  }),
  /** Staff: verify, reject, suspend or lift the suspension of an organisation (reasons required but for verify). */
  decideOrganisation: staffProcedure.input(organisationDecisionInput).mutation(async ({ ctx, input }) => {
    const decided = await decideOrganisation(ctx.db, actorOf(ctx.user), input);
    const notifier = notifierOf(ctx);
    await notifyOrganisationOwners(
      ctx.db,
      decided.organisationId,
      organisationDecisionEmail({
        ...decided,
        url: `${notifier.links.adminUrl}/organisations/${decided.organisationId}`,
      }),
    );
    return { organisationId: decided.organisationId };
  }),
});
