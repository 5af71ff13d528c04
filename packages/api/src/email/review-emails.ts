import { email } from "./offer-emails.ts";

/**
 * What owners hear when the council decides about a venue or the organisation itself: what was
 * decided, the council's reason in its own words, and where to see it.
 */
export function venueDecisionEmail(input: {
  venueName: string;
  outcome: "APPROVED" | "REJECTED";
  isChange: boolean;
  reason: string;
  editUrl: string;
}) {
  const what = input.isChange ? `Your changes to “${input.venueName}”` : `“${input.venueName}”`;
  return input.outcome === "APPROVED"
    ? email(
        input.isChange ? `Venue changes approved: ${input.venueName}` : `Venue approved: ${input.venueName}`,
        [
          `${what} ${input.isChange ? "were" : "was"} approved by the council.`,
          ...(input.reason ? [input.reason] : []),
        ],
        { label: "See the venue", url: input.editUrl },
      )
    : email(
        input.isChange ? `Venue changes not accepted: ${input.venueName}` : `Venue not accepted: ${input.venueName}`,
        [
          `The council did not accept ${what.charAt(0).toLowerCase()}${what.slice(1)}. Their reason:`,
          input.reason,
          input.isChange
            ? "Young people keep seeing the venue as it was. You can change it and send it again."
            : "You can change it and send it again.",
        ],
        { label: "See the venue", url: input.editUrl },
      );
}

export function organisationDecisionEmail(input: {
  organisationName: string;
  decision: "verified" | "rejected" | "suspended" | "unsuspended" | "profile-approved" | "profile-rejected";
  reason: string;
  url: string;
}) {
  const name = input.organisationName;
  const reason = input.reason ? ["The council's reason:", input.reason] : [];
  const texts = {
    verified: [`Verified: ${name}`, [`The council has verified ${name}. Thank you for joining Free City.`]],
    rejected: [
      `Not accepted: ${name}`,
      [
        `The council did not accept ${name}. Its listings are not shown to young people and can't be changed.`,
        ...reason,
      ],
    ],
    suspended: [
      `Suspended: ${name}`,
      [`The council has suspended ${name}. Its listings are hidden from young people for now.`, ...reason],
    ],
    unsuspended: [
      `Suspension lifted: ${name}`,
      [`The council has lifted the suspension of ${name}. Its listings are back on Free City.`, ...reason],
    ],
    "profile-approved": [
      `Details approved: ${name}`,
      [`The council approved the changes to ${name}'s details. Young people see them now.`],
    ],
    "profile-rejected": [
      `Details not accepted: ${name}`,
      [
        `The council did not accept the changes to ${name}'s details. Young people keep seeing them as they were.`,
        ...reason,
      ],
    ],
  } as const satisfies Record<string, readonly [string, readonly string[]]>;
  const [subject, paragraphs] = texts[input.decision];
  return email(subject, [...paragraphs], { label: "See your organisation", url: input.url });
}
