import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { venueSelect } from "./venue-select.ts";

export async function getOrganisationVenue(db: Database, input: { organisationId: string; venueId: string }) {
  const venue = await db.venue.findFirst({
    where: { id: input.venueId, organisationId: input.organisationId },
    select: venueSelect,
  });
  if (!venue) throw new AppError("NOT_FOUND");
  return venue;
}
