import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";

const venueSelect = {
  id: true,
  slug: true,
  name: true,
  addressLine1: true,
  addressLine2: true,
  town: true,
  postcode: true,
  districtId: true,
  latitude: true,
  longitude: true,
  phone: true,
  website: true,
  accessFeatures: true,
  accessNotes: true,
  openingHours: true,
  openingNotes: true,
  status: true,
  // A change waiting for review (the approved details above stay public until then), and the
  // reason given with the council's last decision, shown where the partner edits.
  pendingChanges: true,
  changesSubmittedAt: true,
  decisionReason: true,
} as const;

/** The organisation's venues, archived ones last. */
export async function listOrganisationVenues(db: Database, organisationId: string) {
  const venues = await db.venue.findMany({
    where: { organisationId },
    orderBy: [{ name: "asc" }],
    select: venueSelect,
  });
  return [...venues.filter((v) => v.status !== "ARCHIVED"), ...venues.filter((v) => v.status === "ARCHIVED")];
}

export async function getOrganisationVenue(db: Database, input: { organisationId: string; venueId: string }) {
  const venue = await db.venue.findFirst({
    where: { id: input.venueId, organisationId: input.organisationId },
    select: venueSelect,
  });
  if (!venue) throw new AppError("NOT_FOUND");
  return venue;
}
