import { offerFeedbackInput, reportProblemInput, suggestionInput } from "@free-city/schemas";
import { listYouSaidWeDid } from "../domain/voice/list-you-said-we-did.ts";
import { reportProblem } from "../domain/voice/report-problem.ts";
import { submitOfferFeedback } from "../domain/voice/submit-offer-feedback.ts";
import { submitSuggestion } from "../domain/voice/submit-suggestion.ts";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

/** Youth voice on the portal. Anonymous: nothing identifies the person, and `ctx.clientKey` (never chosen by the client) only keys the rate limits. */
export const voiceRouter = createTRPCRouter({
  /** Public (anyone, no account): a reaction to a live offer, stored for moderation. NOT_FOUND when the offer is not public; RATE_LIMITED past the per-client allowance (30 in 10 minutes; see rate-limits.ts). */
  offerFeedback: publicProcedure
    .input(offerFeedbackInput)
    .mutation(({ ctx, input }) => submitOfferFeedback(ctx.db, input, ctx.clientKey)),
  /** Public (anyone, no account): suggest a place or activity, stored for moderation. RATE_LIMITED past the per-client allowance (30 in 10 minutes; see rate-limits.ts). */
  suggest: publicProcedure
    .input(suggestionInput)
    .mutation(({ ctx, input }) => submitSuggestion(ctx.db, input, ctx.clientKey)),
  /** Public (anyone, no account): report a problem with a live offer to council staff. NOT_FOUND when the offer is not public; RATE_LIMITED past the per-client allowance (30 in 10 minutes; see rate-limits.ts). */
  report: publicProcedure
    .input(reportProblemInput)
    .mutation(({ ctx, input }) => reportProblem(ctx.db, input, ctx.clientKey)),
  /** Public (anyone, no account): the published "You said, we did" entries, newest first. */
  youSaidWeDid: publicProcedure.query(({ ctx }) => listYouSaidWeDid(ctx.db)),
});
