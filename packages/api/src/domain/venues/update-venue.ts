import { type Database, Prisma, recordAuditEvent } from "@free-city/db";
import type { VenueFields } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { fieldDiff } from "../review/field-diff.ts";
import { checkVenuePlace } from "./check-venue-place.ts";

export const VENUE_FIELDS = [
  "name",
  "addressLine1",
  "addressLine2",
  "town",
  "postcode",
  "districtId",
  "latitude",
  "longitude",
  "phone",
  "website",
  "accessFeatures",
  "accessNotes",
  "openingHours",
  "openingNotes",
] as const satisfies readonly (keyof VenueFields)[];

/**
 * Changes a venue. An approved venue's details are public, so a change to them goes to review
 * like an offer edit: it waits in `pendingChanges` (replacing any change still waiting) while the
 * approved details stay on the portal, until a reviewer approves it. A venue not yet approved
 * changes at once, and one the council rejected goes back to them for checking. The audit keeps
 * the fields that changed, before and after.
 */
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
    const changes = fieldDiff(before as unknown as VenueFields, input.venue, VENUE_FIELDS, ["accessFeatures"]);
    if (changes.length === 0 && !(before.status === "APPROVED" && before.pendingChanges !== null))
      return {
        id: before.id,
        status: before.status,
        pending: before.pendingChanges !== null || before.photoChangesPending,
      };
    const review = before.status === "APPROVED";
    if (review) {
      await tx.venue.update({
        where: { id: before.id },
        data:
          changes.length === 0
            ? // Changed back to what is approved: nothing left to review (but a change to its photos).
              { pendingChanges: Prisma.DbNull, changesSubmittedAt: before.photoChangesPending ? new Date() : null }
            : {
                pendingChanges: JSON.parse(JSON.stringify(input.venue)) as Prisma.InputJsonValue,
                changesSubmittedAt: new Date(),
                decisionReason: "",
              },
      });
    } else {
      await tx.venue.update({
        where: { id: before.id },
        data: { ...input.venue, ...(before.status === "REJECTED" ? { status: "PENDING", decisionReason: "" } : {}) },
      });
    }
    await recordAuditEvent(tx, {
      actor,
      action: review ? "venue.changes_submitted" : "venue.updated",
      entityType: "venue",
      entityId: before.id,
      organisationId: input.organisationId,
      before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
      after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
    });
    return {
      id: before.id,
      status: before.status === "REJECTED" ? "PENDING" : before.status,
      pending: review && (changes.length > 0 || before.photoChangesPending),
    };
  });
}
