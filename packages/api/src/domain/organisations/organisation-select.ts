import type { Prisma } from "@free-city/db";

/**
 * An organisation's profile and standing, as its members and the council's reviewers both see it:
 * the one list of these columns (each page adds what only it needs).
 */
export const organisationProfileSelect = {
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
  // A change to the public profile waiting for review (the approved one stays public until then).
  pendingProfile: true,
  profileSubmittedAt: true,
} as const satisfies Prisma.OrganisationSelect;
