import type { ReportReason } from "@free-city/db";
import { email } from "./offer-emails.ts";

/** The kind of problem, as the owner reads it (the reporter's own words are never passed on). */
const REASON_WORDS: Record<ReportReason, string> = {
  PHOTO: "a photo that should not be there",
  WRONG_INFORMATION: "wrong information",
  NOT_FREE: "it was not free",
  CLOSED_OR_CANCELLED: "it was closed or did not happen",
  ACCESS_PROBLEM: "it was hard to get in or get around",
  SAFETY_CONCERN: "someone did not feel safe",
  OTHER: "something else",
};

/** Tells a listing's owners what came of a report about it. */
export function reportOutcomeEmail(input: {
  title: string;
  reason: ReportReason;
  note: string;
  takenDown: boolean;
  editUrl: string;
}) {
  return email(
    input.takenDown ? `Taken off Free City after a report: ${input.title}` : `A report about ${input.title}`,
    [
      `Someone reported a problem with “${input.title}”: ${REASON_WORDS[input.reason]}. The council looked at it.`,
      input.takenDown
        ? "The council has taken the listing off Free City for now. You can change it and submit it again."
        : "The listing stays on Free City.",
      `What the council did: ${input.note}`,
    ],
    { label: "See your listing", url: input.editUrl },
  );
}
