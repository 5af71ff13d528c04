import type { Prisma } from "@free-city/db";
import { activeOrganisationWhere } from "../offers/public-offers.ts";

/**
 * An organisation on the public pledge wall: checked by the council (verified), in good standing,
 * and it agreed to the partner pledge. An unverified organisation's pledge is not shown: anyone
 * can register, and the wall is the council saying "these have signed up".
 */
export const pledgedOrganisationWhere = {
  ...activeOrganisationWhere,
  verificationStatus: "VERIFIED",
  pledgeAgreedAt: { not: null },
} as const satisfies Prisma.OrganisationWhereInput;
