import type { Database } from "@free-city/db";
import { venueSelect } from "./venue-select.ts";

/** The organisation's venues, archived ones last. */
export async function listOrganisationVenues(db: Database, organisationId: string) {
  const venues = await db.venue.findMany({
    where: { organisationId },
    orderBy: [{ name: "asc" }],
    select: venueSelect,
  });
  return [...venues.filter((v) => v.status !== "ARCHIVED"), ...venues.filter((v) => v.status === "ARCHIVED")];
}
