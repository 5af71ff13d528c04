import { type Database, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";

/** Archives a venue no offer needs: refused, naming them, while offers (live, in review or in draft) use it. */
export async function archiveVenue(db: Database, actor: Actor, input: { organisationId: string; venueId: string }) {
  return db.$transaction(async (tx) => {
    const venue = await tx.venue.findFirst({ where: { id: input.venueId, organisationId: input.organisationId } });
    if (!venue) throw new AppError("NOT_FOUND");
    // Live offers name their venues in offer_venue; drafts and offers in review, in their revision.
    const users = await tx.offer.findMany({
      where: {
        organisationId: input.organisationId,
        status: { notIn: ["ARCHIVED", "REJECTED"] },
        OR: [
          { venues: { some: { venueId: venue.id } } },
          {
            revisions: {
              some: {
                status: { in: ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED"] },
                content: { path: ["venueIds"], array_contains: [venue.id] },
              },
            },
          },
        ],
      },
      select: { title: true },
      take: 10,
    });
    if (users.length > 0) {
      throw new AppError(
        "VENUE_IN_USE",
        { offers: users.map((o) => o.title) },
        `This venue is used by ${users.map((o) => `“${o.title}”`).join(", ")}. Move those offers to another venue, or archive them, first.`,
      );
    }
    await tx.venue.update({ where: { id: venue.id }, data: { status: "ARCHIVED" } });
    await recordAuditEvent(tx, {
      actor,
      action: "venue.archived",
      entityType: "venue",
      entityId: venue.id,
      organisationId: input.organisationId,
      before: { status: venue.status },
      after: { status: "ARCHIVED" },
    });
  });
}
