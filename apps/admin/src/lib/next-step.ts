import type { OfferNextStep } from "@free-city/api";

/** What the partner should do next with an offer, in one sentence: the dashboard's promise. The step comes from the lifecycle. */
export const NEXT_STEP: Record<OfferNextStep, string> = {
  "change-in-review": "Your change is with the council. The live version stays up until they approve it.",
  "send-change": "You have unsent changes. Submit them for review when they are ready.",
  finish: "Finish the sections, then submit it for review.",
  "wait-for-review": "The council is checking it. You don't need to do anything.",
  "make-changes": "Make the changes the council asked for, then submit it again.",
  "read-reason": "The council did not accept it. Read their reason; you can change it and submit again.",
  "keep-up-to-date": "Young people can see it. Keep it up to date.",
  confirm: "Hidden from young people. Check it and press “Still accurate” to show it again.",
  none: "Archived. It is not shown anywhere.",
};
