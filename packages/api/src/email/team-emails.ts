import { layout } from "./templates.ts";

/** The invitation: who invites, to what, and the one link that signs the invitee in and joins them. */
export function invitationEmail(input: {
  organisationName: string;
  invitedBy: string;
  role: "OWNER" | "MEMBER";
  url: string;
}) {
  const subject = `Join ${input.organisationName} on Free City`;
  const role = input.role === "OWNER" ? "an owner" : "a member";
  const lines = [
    `${input.invitedBy} has invited you to join ${input.organisationName} on Free City as ${role}.`,
    "Free City lists free things to do for children and young people in the city. As part of the team you can add and update your organisation's free activities.",
  ];
  const text = [
    "Hello,",
    "",
    ...lines.flatMap((l) => [l, ""]),
    "Open this link to sign in and join:",
    input.url,
    "",
    "The link works for 7 days. If you weren't expecting this, you can ignore this email.",
  ].join("\n");
  const html = layout(
    subject,
    ["Hello,", ...lines, "The link works for 7 days. If you weren't expecting this, you can ignore this email."],
    { label: `Join ${input.organisationName}`, url: input.url },
  );
  return { subject, text, html };
}
