import { createOfferInput, offerRefInput, reviewDecisionInput, saveOfferSectionInput } from "@free-city/schemas";
import { actorOf } from "../domain/actor.ts";
import { createOffer } from "../domain/offers/create-offer.ts";
import { decideRevision } from "../domain/offers/decide-revision.ts";
import { listOrganisationOffers } from "../domain/offers/list-organisation-offers.ts";
import { saveOfferSection } from "../domain/offers/save-offer-section.ts";
import { submitOffer } from "../domain/offers/submit-offer.ts";
import { withdrawSubmission } from "../domain/offers/withdraw-submission.ts";
import { createTRPCRouter, partnerEditProcedure, partnerProcedure, staffProcedure } from "../trpc.ts";

export const offerRouter = createTRPCRouter({
  /** Partner member: their organisation's offers with state. */
  listForOrganisation: partnerProcedure.query(({ ctx }) => listOrganisationOffers(ctx.db, ctx.organisation.id)),
  /** Partner member, organisation not suspended: start a draft. */
  create: partnerEditProcedure.input(createOfferInput).mutation(({ ctx, input }) => createOffer(ctx.db, actorOf(ctx.user), { organisationId: ctx.organisation.id, title: input.title })),
  /** Partner member, not suspended: save one task-list section into the working revision. */
  saveSection: partnerEditProcedure
    .input(saveOfferSectionInput)
    .mutation(({ ctx, input }) => saveOfferSection(ctx.db, actorOf(ctx.user), input)),
  /** Partner member, not suspended: send the working revision for review. */
  submit: partnerEditProcedure.input(offerRefInput).mutation(({ ctx, input }) => submitOffer(ctx.db, actorOf(ctx.user), { organisationId: ctx.organisation.id, offerId: input.offerId })),
  /** Partner member, not suspended: take a submission back before it is decided. */
  withdraw: partnerEditProcedure.input(offerRefInput).mutation(({ ctx, input }) => withdrawSubmission(ctx.db, actorOf(ctx.user), { organisationId: ctx.organisation.id, offerId: input.offerId })),
  /** Staff: approve, request changes (reason required) or reject (reason required). */
  decide: staffProcedure.input(reviewDecisionInput).mutation(({ ctx, input }) => decideRevision(ctx.db, actorOf(ctx.user), input)),
});
