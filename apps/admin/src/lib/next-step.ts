import type { OfferStatus } from "@free-city/db";

/** What the partner should do next with an offer, in one sentence: the dashboard's promise. */
export function nextStep(offer: {
  status: OfferStatus;
  pendingChange: "DRAFT" | "IN_REVIEW" | null;
  reviewerReason: string | null;
  confirmDue?: boolean;
}): string {
  if (offer.status === "LIVE" && offer.pendingChange === "IN_REVIEW")
    return "Your change is with the council. The live version stays up until they approve it.";
  if (offer.status === "LIVE" && offer.pendingChange === "DRAFT")
    return "You have unsent changes. Submit them for review when they are ready.";
  switch (offer.status) {
    case "DRAFT":
      return "Finish the sections, then submit it for review.";
    case "IN_REVIEW":
      return "The council is checking it. You don't need to do anything.";
    case "CHANGES_REQUESTED":
      return "Make the changes the council asked for, then submit it again.";
    case "REJECTED":
      return "The council did not accept it. Read their reason; you can change it and submit again.";
    case "LIVE":
      return offer.confirmDue
        ? "Check it is still right and press “Still accurate”."
        : "Young people can see it. Keep it up to date.";
    case "EXPIRED":
      return "Hidden from young people. Check it and press “Still accurate” to show it again.";
    case "ARCHIVED":
      return "Archived. It is not shown anywhere.";
  }
}
