import { offerEventInput } from "@free-city/schemas";
import { recordOfferEvent } from "../domain/stats/record-offer-event.ts";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

export const statsRouter = createTRPCRouter({
  /**
   * Public (anyone, no account; the portal calls it as a beacon): counts a view, save, take-up
   * click or calendar add on a live offer in today's anonymous totals. `ctx.clientKey` de-duplicates
   * repeats within 30 minutes, in memory only. Never fails for an unknown offer: `{ counted: false }`.
   */
  recordOfferEvent: publicProcedure.input(offerEventInput).mutation(({ ctx, input }) => recordOfferEvent(ctx.db, input, { fingerprint: ctx.clientKey })),
});
