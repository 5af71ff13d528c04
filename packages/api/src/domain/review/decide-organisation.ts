import { type Database, Prisma, recordAuditEvent } from "@free-city/db";
import { type OrganisationDecisionInput, organisationProfile } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { assertNotOwnOrganisation } from "./assert-not-own-organisation.ts";

/** The public details a pending profile change holds (checked again before it is applied). */
const organisationProfileChanges = organisationProfile.pick({
  name: true,
  website: true,
  publicEmail: true,
  publicPhone: true,
  description: true,
});

const DONE = {
  verify: "verified",
  reject: "rejected",
  suspend: "suspended",
  unsuspend: "unsuspended",
  "approve-changes": "profile-approved",
  "reject-changes": "profile-rejected",
} as const;

/**
 * Staff decisions about an organisation. Suspending or rejecting hides every listing at once (the
 * public filter keeps only organisations in good standing) and stops its members changing
 * anything; verifying or lifting a suspension brings them back as they were. Rejecting,
 * suspending and lifting need a reason: kept in the audit and on the organisation, where its
 * members see it (the caller emails it to the owners). Staff never decide on their own organisation.
 */
export async function decideOrganisation(db: Database, actor: Actor, input: OrganisationDecisionInput) {
  const reason = input.reason.trim();
  if (input.action !== "verify" && input.action !== "approve-changes" && reason === "")
    throw new AppError(
      "REASON_REQUIRED",
      undefined,
      "Give a reason: it is kept with the decision, and the organisation's members see it.",
    );
  return db.$transaction(async (tx) => {
    const org = await tx.organisation.findUnique({
      where: { id: input.organisationId },
      select: {
        id: true,
        name: true,
        verificationStatus: true,
        suspendedAt: true,
        pendingProfile: true,
        profileSubmittedAt: true,
      },
    });
    if (!org) throw new AppError("NOT_FOUND");
    await assertNotOwnOrganisation(tx, actor, org.id);
    const now = new Date();
    type Change = { where: Prisma.OrganisationWhereInput; data: Prisma.OrganisationUncheckedUpdateManyInput };
    // A change to a verified organisation's public details is applied (or not) as it was when the
    // reviewer opened it; a newer one waits for its own decision.
    const sameChange = { profileSubmittedAt: org.profileSubmittedAt ?? new Date(0) };
    const changeFor = (): Change => {
      switch (input.action) {
        case "verify":
          return {
            where: { verificationStatus: { not: "VERIFIED" } },
            data: { verificationStatus: "VERIFIED", verifiedAt: now, verifiedById: actor.id, decisionReason: reason },
          };
        case "reject":
          return {
            where: { verificationStatus: "UNVERIFIED" },
            data: { verificationStatus: "REJECTED", decisionReason: reason },
          };
        case "suspend":
          return { where: { suspendedAt: null }, data: { suspendedAt: now, suspendedReason: reason } };
        case "unsuspend":
          return {
            where: { suspendedAt: { not: null } },
            data: { suspendedAt: null, suspendedReason: null, decisionReason: reason },
          };
        case "approve-changes":
          return {
            where: sameChange,
            data: {
              ...organisationProfileChanges.parse(org.pendingProfile ?? {}),
              pendingProfile: Prisma.DbNull,
              profileSubmittedAt: null,
              decisionReason: reason,
            },
          };
        case "reject-changes":
          return {
            where: sameChange,
            data: { pendingProfile: Prisma.DbNull, profileSubmittedAt: null, decisionReason: reason },
          };
      }
    };
    if (input.action === "approve-changes" && org.pendingProfile === null)
      throw new AppError("INVALID_TRANSITION", { action: input.action }, "There are no changes waiting.");
    const change = changeFor();
    const updated = await tx.organisation.updateMany({ where: { id: org.id, ...change.where }, data: change.data });
    if (updated.count !== 1)
      throw new AppError(
        "INVALID_TRANSITION",
        { action: input.action },
        "That has already been done. Refresh to see the organisation as it is now.",
      );
    await recordAuditEvent(tx, {
      actor,
      action: `organisation.${DONE[input.action]}`,
      entityType: "organisation",
      entityId: org.id,
      organisationId: org.id,
      before: { verificationStatus: org.verificationStatus, suspended: org.suspendedAt !== null },
      after: { ...change.data, pendingProfile: undefined, reason: reason || undefined },
    });
    const name =
      input.action === "approve-changes" ? String((change.data as { name?: string }).name ?? org.name) : org.name;
    return { organisationId: org.id, organisationName: name, decision: DONE[input.action], reason };
  });
}
