import { type Database, recordAuditEvent } from "@free-city/db";
import type { OrganisationProfile } from "@free-city/schemas";
import type { Actor } from "../actor.ts";

const PROFILE_FIELDS = ["name", "type", "website", "publicEmail", "publicPhone", "description"] as const;

/** An owner changes the organisation's public profile; the audit keeps what changed, before and after. */
export async function updateOrganisation(
  db: Database,
  actor: Actor,
  organisationId: string,
  input: OrganisationProfile,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    const changed = PROFILE_FIELDS.filter((f) => before[f] !== input[f]);
    const updated = await tx.organisation.update({
      where: { id: organisationId },
      data: input,
      select: { id: true, name: true },
    });
    if (changed.length > 0) {
      await recordAuditEvent(tx, {
        actor,
        action: "organisation.updated",
        entityType: "organisation",
        entityId: organisationId,
        organisationId,
        before: Object.fromEntries(changed.map((f) => [f, before[f]])),
        after: Object.fromEntries(changed.map((f) => [f, input[f]])),
      });
    }
    return updated;
  });
}
