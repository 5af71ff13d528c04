import { type Database, recordAuditEvent, todayInCity, toIsoDate } from "@free-city/db";
import { AppError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { moveOfferOrRefuse } from "../offers/lifecycle.ts";

/**
 * "Still accurate": the partner confirms a live offer, which resets the freshness clock. An
 * offer that expired for want of confirming comes back live; one whose dates are over does not
 * (its dates need changing, through review).
 */
export async function confirmOffer(
  db: Database,
  actor: Actor,
  input: { organisationId: string; offerId: string },
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const offer = await tx.offer.findFirst({ where: { id: input.offerId, organisationId: input.organisationId } });
    if (!offer) throw new AppError("NOT_FOUND");
    if (offer.status !== "LIVE" && offer.status !== "EXPIRED")
      throw new AppError(
        "INVALID_TRANSITION",
        { status: offer.status },
        "Only a live or expired offer can be confirmed.",
      );
    if (offer.status === "EXPIRED") {
      if (offer.endsOn && toIsoDate(offer.endsOn) < todayInCity(now)) {
        throw new AppError(
          "INVALID_TRANSITION",
          { reason: "dates-over" },
          "This offer's dates are over. Change its dates and submit it for review to show it again.",
        );
      }
    }
    await moveOfferOrRefuse(tx, offer, "LIVE", { lastConfirmedAt: now, reminderSentAt: null, expiredAt: null });
    await recordAuditEvent(tx, {
      actor,
      action: "offer.confirmed",
      entityType: "offer",
      entityId: offer.id,
      organisationId: offer.organisationId,
      before: { status: offer.status },
      after: { status: "LIVE" },
    });
    return { status: "LIVE" as const, lastConfirmedAt: now };
  });
}
