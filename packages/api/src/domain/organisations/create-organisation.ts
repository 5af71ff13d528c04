import { type Database, recordAuditEvent } from "@free-city/db";
import type { OrganisationProfile } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { retryOnConflict } from "../retry-on-conflict.ts";
import { uniqueSlug } from "../slug.ts";

/**
 * A partner registers their organisation: it starts unverified (staff verify it), with the
 * pledge agreed now and the person registering as its first owner. Council staff don't own
 * partner organisations, so they are refused.
 */
export async function createOrganisation(db: Database, actor: Actor & { staff: boolean }, input: OrganisationProfile) {
  if (actor.staff) throw new AppError("STAFF_CANNOT_JOIN");
  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      const slug = await uniqueSlug(
        input.name,
        async (s) => (await tx.organisation.count({ where: { slug: s } })) > 0,
        "organisation",
      );
      const organisation = await tx.organisation.create({
        data: {
          ...input,
          slug,
          pledgeAgreedAt: new Date(),
          verificationStatus: "UNVERIFIED",
          memberships: { create: { userId: actor.id, role: "OWNER" } },
        },
        select: { id: true, slug: true, name: true, verificationStatus: true },
      });
      await recordAuditEvent(tx, {
        actor,
        action: "organisation.created",
        entityType: "organisation",
        entityId: organisation.id,
        organisationId: organisation.id,
        after: input,
      });
      return organisation;
    }),
  );
}
