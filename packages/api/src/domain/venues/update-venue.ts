import { type Database, recordAuditEvent } from "@free-city/db";
import type { VenueFields } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { checkVenuePlace } from "./check-venue-place.ts";

/** Changes a venue (its state stays as it is); the audit keeps the fields that changed, before and after. */
export async function updateVenue(
  db: Database,
  actor: Actor,
  input: { organisationId: string; venueId: string; venue: VenueFields },
) {
  return db.$transaction(async (tx) => {
    const before = await tx.venue.findFirst({ where: { id: input.venueId, organisationId: input.organisationId } });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.status === "ARCHIVED")
      throw new AppError(
        "INVALID_TRANSITION",
        { status: "ARCHIVED" },
        "This venue is archived, so it can't be changed.",
      );
    await checkVenuePlace(tx, input.venue);
    await tx.venue.update({ where: { id: before.id }, data: input.venue });
    const changed = (Object.keys(input.venue) as (keyof VenueFields)[]).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(input.venue[k]),
    );
    if (changed.length > 0) {
      await recordAuditEvent(tx, {
        actor,
        action: "venue.updated",
        entityType: "venue",
        entityId: before.id,
        organisationId: input.organisationId,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, input.venue[k]])),
      });
    }
    return { id: before.id };
  });
}
