import { type Database, Prisma, recordAuditEvent } from "@free-city/db";
import { type VenueFields, venueFieldsSchema } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { assertNotOwnOrganisation } from "./assert-not-own-organisation.ts";

/**
 * A reviewer decides on a venue: a new one (approved, it can show on the portal; rejected, with a
 * reason) or a change to an approved one (approved, the pending details replace the public ones
 * in the same transaction as the decision; rejected, the public details stay as they were). The
 * reason is kept on the venue, where its organisation sees it, and the caller emails the owners.
 */
export async function decideVenue(
  db: Database,
  actor: Actor,
  input: { venueId: string; outcome: "APPROVED" | "REJECTED"; reason: string },
) {
  const reason = input.reason.trim();
  if (input.outcome === "REJECTED" && reason === "") throw new AppError("REASON_REQUIRED");
  return db
    .$transaction(async (tx) => {
      const venue = await tx.venue.findUnique({
        where: { id: input.venueId },
        select: {
          id: true,
          name: true,
          organisationId: true,
          status: true,
          pendingChanges: true,
          photoChangesPending: true,
          changesSubmittedAt: true,
        },
      });
      if (!venue) throw new AppError("NOT_FOUND");
      await assertNotOwnOrganisation(tx, actor, venue.organisationId);
      const isChange = venue.status === "APPROVED" && (venue.pendingChanges !== null || venue.photoChangesPending);
      let name = venue.name;
      if (isChange) {
        // Only the change as it was when the reviewer opened it: a newer one waits for its own decision.
        const changes =
          venue.pendingChanges !== null ? (venueFieldsSchema.parse(venue.pendingChanges) as VenueFields) : null;
        const decided = await tx.venue.updateMany({
          where: { id: venue.id, status: "APPROVED", changesSubmittedAt: venue.changesSubmittedAt },
          data: {
            ...(input.outcome === "APPROVED" && changes ? changes : {}),
            pendingChanges: Prisma.DbNull,
            photoChangesPending: false,
            changesSubmittedAt: null,
            decisionReason: reason,
          },
        });
        if (decided.count !== 1) throw new AppError("ALREADY_DECIDED");
        if (input.outcome === "APPROVED" && changes) name = changes.name;
        if (venue.photoChangesPending) {
          // The pending photos replace the approved ones (those turned down stay, with the reason
          // the partner sees, and never show); rejected, the approved photos stay as they were.
          if (input.outcome === "APPROVED") {
            await tx.listingPhoto.deleteMany({ where: { venueId: venue.id, pending: false } });
            await tx.listingPhoto.updateMany({ where: { venueId: venue.id, pending: true }, data: { pending: false } });
          } else await tx.listingPhoto.deleteMany({ where: { venueId: venue.id, pending: true } });
        }
      } else {
        // Only a pending venue can be decided, and only once: the conditional update lets one reviewer win.
        const decided = await tx.venue.updateMany({
          where: { id: venue.id, status: "PENDING" },
          data: { status: input.outcome, decisionReason: reason },
        });
        if (decided.count !== 1) throw new AppError("ALREADY_DECIDED");
      }
      await tx.reviewDecision.create({
        data: {
          organisationId: venue.organisationId,
          venueId: venue.id,
          outcome: input.outcome,
          reason,
          decidedById: actor.id,
        },
      });
      await recordAuditEvent(tx, {
        actor,
        action: isChange ? `venue.changes_${input.outcome.toLowerCase()}` : `venue.${input.outcome.toLowerCase()}`,
        entityType: "venue",
        entityId: venue.id,
        organisationId: venue.organisationId,
        before: isChange ? { pending: true } : { status: "PENDING" },
        after: { status: isChange ? "APPROVED" : input.outcome, reason: reason || undefined },
      });
      return {
        status: isChange ? ("APPROVED" as const) : input.outcome,
        outcome: input.outcome,
        isChange,
        venueId: venue.id,
        venueName: name,
        organisationId: venue.organisationId,
        reason,
      };
    })
    .catch((error: unknown) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        throw new AppError("ALREADY_DECIDED");
      throw error;
    });
}
