import type { OfferStatus } from "@free-city/db";
import { AppError } from "../../errors.ts";

/**
 * Every allowed change of an offer's status, in one place. Anything not listed is refused.
 *
 *   DRAFT ──submit──▶ IN_REVIEW ──approve──▶ LIVE ──(unconfirmed too long)──▶ EXPIRED
 *     ▲                 │  │                   ▲                                   │
 *     └───withdraw──────┘  ├─request changes─▶ CHANGES_REQUESTED ──resubmit──┐     │
 *                          └─reject─────────▶ REJECTED                       │  confirm
 *                                                                  IN_REVIEW ◀┘     │
 *   LIVE ◀─────────────────────────────────────────────────────────────────────────┘
 *   Anything but ARCHIVED ──archive──▶ ARCHIVED
 *
 * Edits to a LIVE (or EXPIRED) offer do not change its status: they wait in a revision.
 */
export const OFFER_TRANSITIONS: Record<OfferStatus, readonly OfferStatus[]> = {
  DRAFT: ["IN_REVIEW", "ARCHIVED"],
  IN_REVIEW: ["LIVE", "CHANGES_REQUESTED", "REJECTED", "DRAFT", "ARCHIVED"],
  CHANGES_REQUESTED: ["IN_REVIEW", "ARCHIVED"],
  REJECTED: ["IN_REVIEW", "ARCHIVED"],
  LIVE: ["EXPIRED", "ARCHIVED"],
  EXPIRED: ["LIVE", "ARCHIVED"],
  ARCHIVED: [],
};

export function canTransition(from: OfferStatus, to: OfferStatus): boolean {
  return OFFER_TRANSITIONS[from].includes(to);
}

export function assertTransition(from: OfferStatus, to: OfferStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError("INVALID_TRANSITION", { from, to });
  }
}

/** Has this offer ever been approved (so edits must wait in a revision)? */
export function hasBeenLive(offer: { liveRevisionId: string | null }): boolean {
  return offer.liveRevisionId !== null;
}
