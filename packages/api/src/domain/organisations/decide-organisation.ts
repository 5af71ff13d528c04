import { type Database, recordAuditEvent } from "@free-city/db";
import type { OrganisationDecisionInput } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";

/**
 * Staff decisions about an organisation. Suspending hides every listing at once (the public
 * filter leaves out suspended organisations) and stops its members changing anything; lifting it
 * brings them back as they were. Rejecting, suspending and lifting need a reason, kept in the audit.
 */
export async function decideOrganisation(db: Database, actor: Actor, input: OrganisationDecisionInput) {
  const reason = input.reason.trim();
  if (input.action !== "verify" && reason === "")
    throw new AppError(
      "REASON_REQUIRED",
      undefined,
      "Give a reason: it is kept with the decision, and a suspended organisation's members see it.",
    );
  return db.$transaction(async (tx) => {
    const org = await tx.organisation.findUnique({
      where: { id: input.organisationId },
      select: { id: true, verificationStatus: true, suspendedAt: true },
    });
    if (!org) throw new AppError("NOT_FOUND");
    const now = new Date();
    const change = {
      verify: {
        where: { verificationStatus: { not: "VERIFIED" as const } },
        data: { verificationStatus: "VERIFIED" as const, verifiedAt: now, verifiedById: actor.id },
      },
      reject: {
        where: { verificationStatus: "UNVERIFIED" as const },
        data: { verificationStatus: "REJECTED" as const },
      },
      suspend: { where: { suspendedAt: null }, data: { suspendedAt: now, suspendedReason: reason } },
      unsuspend: { where: { suspendedAt: { not: null } }, data: { suspendedAt: null, suspendedReason: null } },
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
      action: `organisation.${input.action === "unsuspend" ? "unsuspended" : input.action === "verify" ? "verified" : input.action === "reject" ? "rejected" : "suspended"}`,
      entityType: "organisation",
      entityId: org.id,
      organisationId: org.id,
      before: { verificationStatus: org.verificationStatus, suspended: org.suspendedAt !== null },
      after: { ...change.data, reason: reason || undefined },
    });
  });
}
