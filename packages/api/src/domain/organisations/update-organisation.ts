import { type Database, Prisma, recordAuditEvent } from "@free-city/db";
import type { OrganisationProfile } from "@free-city/schemas";
import type { Actor } from "../actor.ts";
import { fieldDiff } from "../review/field-diff.ts";

export const PROFILE_FIELDS = ["name", "type", "website", "publicEmail", "publicPhone", "description"] as const;
/** What young people see of an organisation: its name, contact details and description. */
const PUBLIC_FIELDS = ["name", "website", "publicEmail", "publicPhone", "description"] as const;

/**
 * An owner changes the organisation's profile. Once the council has verified it, a change to its
 * public name and contact details goes to review like an offer edit: it waits in `pendingProfile`
 * while the verified details stay public, until a reviewer approves it. Before verification,
 * changes apply at once (verifying checks them). The audit keeps what changed, before and after.
 */
export async function updateOrganisation(
  db: Database,
  actor: Actor,
  organisationId: string,
  input: OrganisationProfile,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    const changes = fieldDiff(before as unknown as OrganisationProfile, input, PROFILE_FIELDS);
    const review = before.verificationStatus === "VERIFIED";
    const publicChanges = changes.filter((c) => (PUBLIC_FIELDS as readonly string[]).includes(c.field));
    const direct = review ? changes.filter((c) => !publicChanges.includes(c)) : changes;
    const pending = review
      ? publicChanges.length > 0
        ? {
            pendingProfile: Object.fromEntries(PUBLIC_FIELDS.map((f) => [f, input[f]])) as Prisma.InputJsonValue,
            profileSubmittedAt: new Date(),
            decisionReason: "",
          }
        : // Changed back to what is verified: nothing left to review.
          { pendingProfile: Prisma.DbNull, profileSubmittedAt: null }
      : {};
    const updated = await tx.organisation.update({
      where: { id: organisationId },
      data: { ...Object.fromEntries(direct.map((c) => [c.field, c.after])), ...pending },
      select: { id: true, name: true },
    });
    if (changes.length > 0) {
      await recordAuditEvent(tx, {
        actor,
        action: review && publicChanges.length > 0 ? "organisation.changes_submitted" : "organisation.updated",
        entityType: "organisation",
        entityId: organisationId,
        organisationId,
        before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
        after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
      });
    }
    return { ...updated, pending: review && publicChanges.length > 0 };
  });
}
