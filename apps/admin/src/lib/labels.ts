import type { OfferStatus } from "@free-city/db";
import { CITY_TIME_ZONE } from "@free-city/schemas";

/** Status names as partners and staff read them. */
export const OFFER_STATUS_LABEL: Record<OfferStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  LIVE: "Live",
  CHANGES_REQUESTED: "Changes requested",
  REJECTED: "Not accepted",
  EXPIRED: "Expired",
  ARCHIVED: "Archived",
};

export function formatDate(date: Date | null): string {
  return date
    ? date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: CITY_TIME_ZONE })
    : "Never";
}
