import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { VENUE_FIELDS } from "../venues/update-venue.ts";
import { venueSelect } from "../venues/venue-select.ts";
import { fieldDiff } from "./field-diff.ts";

/** A venue as a reviewer checks it: its details, its organisation, and any decision already made. */
export async function getVenueReview(db: Database, venueId: string) {
  const venue = await db.venue.findUnique({
    where: { id: venueId },
    select: {
      // What the partner's own venue page reads, plus who asked and where.
      ...venueSelect,
      createdAt: true,
      district: { select: { name: true } },
      organisation: { select: { id: true, name: true, verificationStatus: true } },
      decisions: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { outcome: true, reason: true, createdAt: true, decidedBy: { select: { email: true } } },
      },
    },
  });
  if (!venue) throw new AppError("NOT_FOUND");
  // A change to an approved venue: the fields it would change, the approved value beside the new one.
  const changes =
    venue.pendingChanges !== null
      ? fieldDiff(
          venue as unknown as Record<string, unknown>,
          venue.pendingChanges as Record<string, unknown>,
          VENUE_FIELDS,
          ["accessFeatures"],
        )
      : [];
  // A change waits (to its details, its photos, or both): the decision form shows.
  const isChange = venue.status === "APPROVED" && venue.changesSubmittedAt !== null;
  return { ...venue, changes, isChange };
}
