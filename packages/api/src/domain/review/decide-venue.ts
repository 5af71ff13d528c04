import { type Database, Prisma, recordAuditEvent } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { assertNotOwnOrganisation } from "./assert-not-own-organisation.ts";

/** A reviewer approves a new venue (it can then show on the portal) or rejects it with a reason. */
export async function decideVenue(
  db: Database,
  actor: Actor,
  input: { venueId: string; outcome: "APPROVED" | "REJECTED"; reason: string },
) {
  if (input.outcome === "REJECTED" && input.reason.trim() === "") throw new AppError("REASON_REQUIRED");
  return db
    .$transaction(async (tx) => {
      const venue = await tx.venue.findUnique({
        where: { id: input.venueId },
        select: { id: true, organisationId: true, status: true },
      });
      if (!venue) throw new AppError("NOT_FOUND");
      await assertNotOwnOrganisation(tx, actor, venue.organisationId);
      // Only a pending venue can be decided, and only once: the conditional update lets one reviewer win.
      const decided = await tx.venue.updateMany({
        where: { id: venue.id, status: "PENDING" },
        data: { status: input.outcome },
      });
      if (decided.count !== 1) throw new AppError("ALREADY_DECIDED");
      await tx.reviewDecision.create({
        data: {
          organisationId: venue.organisationId,
          venueId: venue.id,
          outcome: input.outcome,
          reason: input.reason.trim(),
          decidedById: actor.id,
        },
      });
      await recordAuditEvent(tx, {
        actor,
        action: `venue.${input.outcome.toLowerCase()}`,
        entityType: "venue",
        entityId: venue.id,
        organisationId: venue.organisationId,
        before: { status: "PENDING" },
        after: { status: input.outcome, reason: input.reason.trim() || undefined },
      });
      return { status: input.outcome };
    })
    .catch((error: unknown) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        throw new AppError("ALREADY_DECIDED");
      throw error;
    });
}
