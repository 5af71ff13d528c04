import { createTRPCRouter, protectedProcedure } from "../trpc.ts";

export const organisationRouter = createTRPCRouter({
  /** Signed in: the organisations the caller belongs to, with their role. */
  mine: protectedProcedure.query(({ ctx }) =>
    ctx.db.membership.findMany({
      where: { userId: ctx.user.id },
      orderBy: { createdAt: "asc" },
      select: { role: true, organisation: { select: { id: true, name: true, slug: true, verificationStatus: true, suspendedAt: true, suspendedReason: true } } },
    }),
  ),
});
