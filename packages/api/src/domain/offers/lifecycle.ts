import type { OfferStatus, Prisma } from "@free-city/db";
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

/**
 * The one way an offer's status is written. Refused (INVALID_TRANSITION) unless the lifecycle
 * allows going from the status the offer was read in to `to` (staying in the same status, such as
 * an approved edit of a live offer, is no change). The update is conditional on the offer still
 * being in that status (and on `where`, if given), so of two writers only one moves it: the
 * result says whether this one did. `data` is what changes with it (timestamps, the live revision).
 */
export async function moveOffer(
  tx: Prisma.TransactionClient,
  offer: { id: string; status: OfferStatus },
  to: OfferStatus,
  data: Omit<Prisma.OfferUncheckedUpdateManyInput, "status"> = {},
  where: Prisma.OfferWhereInput = {},
): Promise<boolean> {
  if (offer.status !== to) assertTransition(offer.status, to);
  const moved = await tx.offer.updateMany({
    where: { ...where, id: offer.id, status: offer.status },
    data: { ...data, status: to },
  });
  return moved.count === 1;
}

/** As `moveOffer`, in a transaction that read the offer: if it moved meanwhile, the caller's change is refused. */
export async function moveOfferOrRefuse(
  tx: Prisma.TransactionClient,
  offer: { id: string; status: OfferStatus },
  to: OfferStatus,
  data: Omit<Prisma.OfferUncheckedUpdateManyInput, "status"> = {},
): Promise<void> {
  if (!(await moveOffer(tx, offer, to, data))) throw new AppError("INVALID_TRANSITION", { from: offer.status, to });
}

/** What a partner can do with an offer now (the editor view returns it; pages offer only these). */
export type OfferAction = "edit" | "submit" | "withdraw" | "confirm" | "archive";

export function offerActions(offer: {
  status: OfferStatus;
  openRevision: { status: "DRAFT" | "IN_REVIEW" } | null;
  complete: boolean;
}): OfferAction[] {
  const inReview = offer.openRevision?.status === "IN_REVIEW";
  const open = canTransition(offer.status, "ARCHIVED");
  const actions: OfferAction[] = [];
  if (open && !inReview) actions.push("edit");
  if (open && !inReview && offer.openRevision?.status === "DRAFT" && offer.complete) actions.push("submit");
  if (inReview) actions.push("withdraw");
  if (offer.status === "LIVE" || offer.status === "EXPIRED") actions.push("confirm");
  if (open) actions.push("archive");
  return actions;
}

/** The next thing for a partner to do with an offer, as the offers list says it. */
export type OfferNextStep =
  | "change-in-review"
  | "send-change"
  | "finish"
  | "wait-for-review"
  | "make-changes"
  | "read-reason"
  | "keep-up-to-date"
  | "confirm"
  | "none";

export function offerNextStep(offer: {
  status: OfferStatus;
  pendingChange: "DRAFT" | "IN_REVIEW" | null;
}): OfferNextStep {
  if (offer.status === "LIVE" && offer.pendingChange === "IN_REVIEW") return "change-in-review";
  if (offer.status === "LIVE" && offer.pendingChange === "DRAFT") return "send-change";
  const byStatus: Record<OfferStatus, OfferNextStep> = {
    DRAFT: "finish",
    IN_REVIEW: "wait-for-review",
    CHANGES_REQUESTED: "make-changes",
    REJECTED: "read-reason",
    LIVE: "keep-up-to-date",
    EXPIRED: "confirm",
    ARCHIVED: "none",
  };
  return byStatus[offer.status];
}
