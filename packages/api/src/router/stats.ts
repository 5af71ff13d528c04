import { offerEventInput, recordId } from "@free-city/schemas";
import { z } from "zod";
import { getOfferInsights } from "../domain/stats/get-offer-insights.ts";
import { getOrganisationInsights } from "../domain/stats/get-organisation-insights.ts";
import { recordOfferEvent } from "../domain/stats/record-offer-event.ts";
import { createTRPCRouter, partnerProcedure, publicProcedure } from "../trpc.ts";

const weeks = z.number().int().min(1).max(52).default(12);

export const statsRouter = createTRPCRouter({
  /**
   * Public (anyone, no account; the portal calls it as a beacon): counts a view, save, take-up
   * click or calendar add on a live offer in today's anonymous totals. `ctx.visitorKey` de-duplicates
   * repeats within 30 minutes, in memory only. Never fails for an unknown offer: `{ counted: false }`.
   */
  recordOfferEvent: publicProcedure
    .input(offerEventInput)
    .mutation(({ ctx, input }) => recordOfferEvent(ctx.db, input, { fingerprint: ctx.visitorKey ?? ctx.clientKey })),
  /** Partner member: one offer's weekly counts (zeros included) and totals. */
  offerInsights: partnerProcedure
    .input(z.strictObject({ organisationId: recordId(), offerId: recordId(), weeks }))
    .query(({ ctx, input }) =>
      getOfferInsights(ctx.db, { organisationId: ctx.organisation.id, offerId: input.offerId, weeks: input.weeks }),
    ),
  /** Partner member: each of the organisation's published offers, with its counts over the last weeks. */
  organisationInsights: partnerProcedure
    .input(z.strictObject({ organisationId: recordId(), weeks }))
    .query(({ ctx, input }) =>
      getOrganisationInsights(ctx.db, { organisationId: ctx.organisation.id, weeks: input.weeks }),
    ),
});
