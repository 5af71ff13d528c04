import { type Database, recordAuditEvent } from "@free-city/db";
import type { OrganisationDecisionInput } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { assertNotOwnOrganisation } from "../review/assert-not-own-organisation.ts";

const DONE = { verify: "verified", reject: "rejected", suspend: "suspended", unsuspend: "unsuspended" } as const;

/**
 * Staff decisions about an organisation. Suspending or rejecting hides every listing at once (the
 * public filter keeps only organisations in good standing) and stops its members changing
 * anything; verifying or lifting a suspension brings them back as they were. Rejecting,
 * suspending and lifting need a reason: kept in the audit and on the organisation, where its
 * members see it (the caller emails it to the owners). Staff never decide on their own organisation.
 */
export async function decideOrganisation(db: Database, actor: Actor, input: OrganisationDecisionInput) {
  const reason = input.reason.trim();
  if (input.action !== "verify" && reason === "")
    throw new AppError(
      "REASON_REQUIRED",
      undefined,
      "Give a reason: it is kept with the decision, and the organisation's members see it.",
    );
  return db.$transaction(async (tx) => {
    const org = await tx.organisation.findUnique({
      where: { id: input.organisationId },
      select: { id: true, name: true, verificationStatus: true, suspendedAt: true },
    });
    if (!org) throw new AppError("NOT_FOUND");
    await assertNotOwnOrganisation(tx, actor, org.id);
    const now = new Date();
    const change = {
      verify: {
        where: { verificationStatus: { not: "VERIFIED" as const } },
        data: {
          verificationStatus: "VERIFIED" as const,
          verifiedAt: now,
          verifiedById: actor.id,
          decisionReason: reason,
        },
      },
      reject: {
        where: { verificationStatus: "UNVERIFIED" as const },
        data: { verificationStatus: "REJECTED" as const, decisionReason: reason },
      },
      suspend: { where: { suspendedAt: null }, data: { suspendedAt: now, suspendedReason: reason } },
      unsuspend: {
        where: { suspendedAt: { not: null } },
        data: { suspendedAt: null, suspendedReason: null, decisionReason: reason },
      },
    }[input.action];
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
      after: { ...change.data, reason: reason || undefined },
    });
    return { organisationId: org.id, organisationName: org.name, decision: DONE[input.action], reason };
  });
}
