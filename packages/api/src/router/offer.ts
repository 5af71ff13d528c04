import { createOfferInput, offerRefInput, reviewDecisionInput, saveOfferSectionInput } from "@free-city/schemas";
import { actorOf } from "../domain/actor.ts";
import { confirmOffer } from "../domain/freshness/confirm-offer.ts";
import { notifierOf } from "../domain/notify.ts";
import { archiveOffer } from "../domain/offers/archive-offer.ts";
import { createOffer } from "../domain/offers/create-offer.ts";
import { decideRevision } from "../domain/offers/decide-revision.ts";
import { getOfferForEditor } from "../domain/offers/get-offer-for-editor.ts";
import { listOrganisationOffers } from "../domain/offers/list-organisation-offers.ts";
import { saveOfferSection } from "../domain/offers/save-offer-section.ts";
import { submitOffer } from "../domain/offers/submit-offer.ts";
import { withdrawSubmission } from "../domain/offers/withdraw-submission.ts";
import { createTRPCRouter, partnerEditProcedure, partnerProcedure, staffProcedure } from "../trpc.ts";

export const offerRouter = createTRPCRouter({
  /** Partner member: their organisation's offers with state. */
  listForOrganisation: partnerProcedure.query(({ ctx }) => listOrganisationOffers(ctx.db, ctx.organisation.id)),
  /** Partner member: one offer for its task list (state, working content, what is missing, the council's reason). */
  get: partnerProcedure
    .input(offerRefInput)
    .query(({ ctx, input }) =>
      getOfferForEditor(ctx.db, { organisationId: ctx.organisation.id, offerId: input.offerId }),
    ),
  /** Partner member, not suspended: "still accurate" on a live (or expired-unconfirmed) offer. */
  confirm: partnerEditProcedure
    .input(offerRefInput)
    .mutation(({ ctx, input }) =>
      confirmOffer(ctx.db, actorOf(ctx.user), { organisationId: ctx.organisation.id, offerId: input.offerId }),
    ),
  /** Partner member, not suspended: take an offer off Free City for good. */
  archive: partnerEditProcedure
    .input(offerRefInput)
    .mutation(({ ctx, input }) =>
      archiveOffer(ctx.db, actorOf(ctx.user), { organisationId: ctx.organisation.id, offerId: input.offerId }),
    ),
  /** Partner member, organisation not suspended: start a draft. */
  create: partnerEditProcedure
    .input(createOfferInput)
    .mutation(({ ctx, input }) =>
      createOffer(ctx.db, actorOf(ctx.user), { organisationId: ctx.organisation.id, title: input.title }),
    ),
  /** Partner member, not suspended: save one task-list section into the working revision. */
  saveSection: partnerEditProcedure
    .input(saveOfferSectionInput)
    .mutation(({ ctx, input }) => saveOfferSection(ctx.db, actorOf(ctx.user), input)),
  /** Partner member, not suspended: send the working revision for review. */
  submit: partnerEditProcedure.input(offerRefInput).mutation(async ({ ctx, input }) => {
    const submitted = await submitOffer(ctx.db, notifierOf(ctx), actorOf(ctx.user), {
      organisationId: ctx.organisation.id,
      offerId: input.offerId,
    });
    return { revisionId: submitted.revisionId };
  }),
  /** Partner member, not suspended: take a submission back before it is decided. */
  withdraw: partnerEditProcedure
    .input(offerRefInput)
    .mutation(({ ctx, input }) =>
      withdrawSubmission(ctx.db, actorOf(ctx.user), { organisationId: ctx.organisation.id, offerId: input.offerId }),
    ),
  /** Staff: approve, request changes (reason required) or reject (reason required). */
  decide: staffProcedure
    .input(reviewDecisionInput)
    .mutation(({ ctx, input }) => decideRevision(ctx.db, notifierOf(ctx), actorOf(ctx.user), input)),
});
