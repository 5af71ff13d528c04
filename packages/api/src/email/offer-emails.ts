import { layout } from "./templates.ts";

/**
 * What owners hear about their offers: each email says what happened, what (if anything) to do,
 * and links to the place to do it. Plain text first; the HTML says the same, escaped.
 */
type OfferEmail = { title: string; organisationName: string };

export function email(subject: string, paragraphs: string[], action: { label: string; url: string }) {
  const text = [
    "Hello,",
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    `${action.label}: ${action.url}`,
    "",
    "Free City",
  ].join("\n");
  return { subject, text, html: layout(subject, ["Hello,", ...paragraphs], action) };
}

export function submittedEmail(offer: OfferEmail & { editUrl: string; isEdit: boolean }) {
  return email(
    `Sent for review: ${offer.title}`,
    [
      offer.isEdit
        ? `Your change to “${offer.title}” is with the council for review. Young people keep seeing the live version until it is approved.`
        : `“${offer.title}” from ${offer.organisationName} is with the council for review. They usually check new offers within 2 working days.`,
      "We will email you when they have.",
    ],
    { label: "See it on Free City partners", url: offer.editUrl },
  );
}

export function approvedEmail(offer: OfferEmail & { portalUrl: string }) {
  return email(
    `Live on Free City: ${offer.title}`,
    [`Good news: the council approved “${offer.title}”. Young people can see it on Free City now.`],
    { label: "See it as young people do", url: offer.portalUrl },
  );
}

export function changesRequestedEmail(offer: OfferEmail & { reason: string; editUrl: string }) {
  return email(
    `Changes needed: ${offer.title}`,
    [
      `The council looked at “${offer.title}” and asked for some changes before it can go live:`,
      offer.reason,
      "Make the changes, then submit it again.",
    ],
    { label: "Make the changes", url: offer.editUrl },
  );
}

export function rejectedEmail(offer: OfferEmail & { reason: string; editUrl: string }) {
  return email(
    `Not accepted: ${offer.title}`,
    [
      `The council did not accept “${offer.title}”. Their reason:`,
      offer.reason,
      "You can change it and submit it again.",
    ],
    {
      label: "See the offer",
      url: offer.editUrl,
    },
  );
}

export function freshnessReminderEmail(offer: OfferEmail & { editUrl: string; hideOn: string }) {
  return email(
    `Is this still right? ${offer.title}`,
    [
      `Nobody has confirmed “${offer.title}” for a while. Young people trust listings that are checked.`,
      `Please check it and press “Still accurate”, or change it. If nobody confirms it, it will be hidden from young people on ${offer.hideOn}.`,
    ],
    { label: "Check it now", url: offer.editUrl },
  );
}

export function photoTakenDownEmail(input: OfferEmail & { altText: string; reason: string; editUrl: string }) {
  return email(
    `Photo taken down: ${input.title}`,
    [
      `The council took a photo off “${input.title}” on Free City${input.altText ? ` (the one described as “${input.altText}”)` : ""}. Their reason:`,
      input.reason,
      "The rest of your listing is still showing. You can add a different photo; it will be checked before it shows.",
    ],
    { label: "See your photos", url: input.editUrl },
  );
}
