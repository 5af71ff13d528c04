import type { Prisma } from "@free-city/db";

/**
 * What the public may see, defined once: live offers of organisations that are not suspended.
 * Every public query builds on this; nothing unmoderated or hidden can leak past it.
 */
export const publicOfferWhere = {
  status: "LIVE",
  organisation: { suspendedAt: null },
} as const satisfies Prisma.OfferWhereInput;
