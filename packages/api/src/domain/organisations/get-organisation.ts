import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";

/** The organisation's profile as its own members see it, with its standing with the council. */
export async function getOrganisation(db: Database, organisationId: string) {
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      name: true,
      slug: true,
      type: true,
      website: true,
      publicEmail: true,
      publicPhone: true,
      description: true,
      pledgeAgreedAt: true,
      verificationStatus: true,
      suspendedAt: true,
      suspendedReason: true,
      decisionReason: true,
      pendingProfile: true,
      profileSubmittedAt: true,
    },
  });
  if (!organisation) throw new AppError("NOT_FOUND");
  return organisation;
}
