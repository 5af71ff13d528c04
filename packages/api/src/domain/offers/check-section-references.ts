import type { Prisma } from "@free-city/db";
import type { SaveOfferSectionInput } from "@free-city/schemas";
import { AppError } from "../../errors.ts";

/**
 * The ids a section names must be the organisation's own venues (not archived) and categories
 * the council offers (not archived or merged). Another organisation's venue id, or a made-up
 * one, is refused by the field, never silently saved.
 */
export async function checkSectionReferences(
  tx: Prisma.TransactionClient,
  input: SaveOfferSectionInput,
): Promise<void> {
  const venueIds =
    input.section === "where"
      ? input.values.venueIds
      : input.section === "when"
        ? input.values.schedules.flatMap((s) => (s.venueId ? [s.venueId] : []))
        : [];
  if (venueIds.length > 0) {
    const own = await tx.venue.count({
      where: { id: { in: [...new Set(venueIds)] }, organisationId: input.organisationId, status: { not: "ARCHIVED" } },
    });
    if (own !== new Set(venueIds).size) {
      throw new AppError("INVALID_FIELDS", {
        fieldErrors: {
          [input.section === "where" ? "venueIds" : "schedules"]: "Choose from your organisation's venues",
        },
      });
    }
  }
  if (input.section === "basics") {
    const ids = [...new Set(input.values.categoryIds)];
    const offered = await tx.category.count({ where: { id: { in: ids }, archivedAt: null, mergedIntoId: null } });
    if (offered !== ids.length)
      throw new AppError("INVALID_FIELDS", { fieldErrors: { categoryIds: "Choose categories from the list" } });
  }
}
