import { Prisma } from "@free-city/db";

/**
 * An organisation in good standing: not suspended and not rejected by the council. Only these
 * organisations' listings are public, and only their members may change anything (a suspended or
 * rejected organisation's members can look, not change). Said once here, in the three forms the
 * code needs: a Prisma filter, a check on a loaded row, and SQL for the hand-written statements.
 */
export const activeOrganisationWhere = {
  suspendedAt: null,
  verificationStatus: { not: "REJECTED" },
} as const satisfies Prisma.OrganisationWhereInput;

/** Why an organisation's members can't change anything, or null when they can. */
export function organisationStanding(org: {
  suspendedAt: Date | null;
  verificationStatus: string;
}): "SUSPENDED" | "REJECTED" | null {
  if (org.suspendedAt !== null) return "SUSPENDED";
  if (org.verificationStatus === "REJECTED") return "REJECTED";
  return null;
}

/** `activeOrganisationWhere` in SQL, for an `organisation` row under the alias given (e.g. "org"). */
export function activeOrganisationSql(alias: string): Prisma.Sql {
  if (!/^[a-z_]+$/.test(alias)) throw new Error(`Not an SQL alias: ${alias}`);
  const a = Prisma.raw(alias);
  return Prisma.sql`(${a}.suspended_at IS NULL AND ${a}.verification_status <> 'REJECTED')`;
}

/**
 * What the public may see, defined once: live offers of organisations in good standing.
 * Every public query builds on this; nothing unmoderated or hidden can leak past it.
 */
export const publicOfferWhere = {
  status: "LIVE",
  organisation: activeOrganisationWhere,
} as const satisfies Prisma.OfferWhereInput;
