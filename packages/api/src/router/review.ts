import { createTRPCRouter, staffProcedure } from "../trpc.ts";

export const reviewRouter = createTRPCRouter({
  /** Staff: how much is waiting, per kind (staff home). */
  counts: staffProcedure.query(async ({ ctx }) => {
    const [newOffers, edits, venues, organisations] = await Promise.all([
      ctx.db.offerRevision.count({ where: { status: "IN_REVIEW", offer: { liveRevisionId: null } } }),
      ctx.db.offerRevision.count({ where: { status: "IN_REVIEW", offer: { liveRevisionId: { not: null } } } }),
      ctx.db.venue.count({ where: { status: "PENDING" } }),
      ctx.db.organisation.count({ where: { verificationStatus: "UNVERIFIED" } }),
    ]);
    return { newOffers, edits, venues, organisations };
  }),
});
