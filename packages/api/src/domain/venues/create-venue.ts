import { type Database, recordAuditEvent } from "@free-city/db";
import type { VenueFields } from "@free-city/schemas";
import type { Actor } from "../actor.ts";
import { retryOnConflict } from "../retry-on-conflict.ts";
import { uniqueSlug } from "../slug.ts";
import { checkVenuePlace } from "./check-venue-place.ts";

/** A new venue of the organisation. It waits for staff to check it, and can be used in offers straight away. */
export async function createVenue(db: Database, actor: Actor, organisationId: string, venue: VenueFields) {
  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      await checkVenuePlace(tx, venue);
      const slug = await uniqueSlug(
        `${venue.name} ${venue.town}`,
        async (s) => (await tx.venue.count({ where: { slug: s } })) > 0,
        "venue",
      );
      const created = await tx.venue.create({
        data: { ...venue, organisationId, slug, status: "PENDING" },
        select: { id: true, slug: true, status: true },
      });
      await recordAuditEvent(tx, {
        actor,
        action: "venue.created",
        entityType: "venue",
        entityId: created.id,
        organisationId,
        after: venue,
      });
      return created;
    }),
  );
}
