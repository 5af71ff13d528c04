/**
 * A partner organisation and its team: registering, the public profile, invitations and roles.
 */
import { z } from "zod";
import { email, oneLine, plainText, recordId } from "./common.ts";

export const ORGANISATION_TYPES = [
  "BUSINESS",
  "CHARITY",
  "VENUE",
  "SPORTS_CLUB",
  "COMMUNITY_GROUP",
  "COUNCIL_SERVICE",
  "SCHOOL_OR_COLLEGE",
  "OTHER",
] as const;
export const MEMBERSHIP_ROLES = ["OWNER", "MEMBER"] as const;

const id = recordId();
/** A web address partners type, up to 300 characters. Venues may still have old http-only sites. */
export const webAddress = z
  .url({ protocol: /^https?$/, error: "Enter a web address starting with https://" })
  .max(300, "Keep the web address to 300 characters or fewer");
/** The organisation's own website, linked from every listing: https only. */
const secureWebAddress = z
  .url({ protocol: /^https$/, error: "Enter a web address starting with https://" })
  .max(300, "Keep the web address to 300 characters or fewer");
/** A UK phone number as people write it. */
export const phoneNumber = z
  .string()
  .trim()
  .regex(/^[0-9 +()-]{7,20}$/, "Enter a phone number, like 0121 496 0000");

export const organisationProfile = z.strictObject({
  name: oneLine(2, 120, "Organisation name"),
  type: z.enum(ORGANISATION_TYPES, { error: "Choose what kind of organisation it is" }),
  website: secureWebAddress.nullable(),
  publicEmail: email.nullable(),
  publicPhone: phoneNumber.nullable(),
  description: plainText(0, 600, "About your organisation"),
});
export type OrganisationProfile = z.infer<typeof organisationProfile>;

export const createOrganisationInput = organisationProfile.extend({
  pledge: z.literal(true, { error: "Agree to the partner pledge to continue" }),
});
export const updateOrganisationInput = organisationProfile.extend({ organisationId: id });

export const inviteMemberInput = z.strictObject({ organisationId: id, email, role: z.enum(MEMBERSHIP_ROLES) });
export const invitationRefInput = z.strictObject({ organisationId: id, invitationId: id });
export const invitationTokenInput = z.strictObject({ token: z.string().min(10).max(100) });
export const invitationIdInput = z.strictObject({ invitationId: id });
export const memberRoleInput = z.strictObject({ organisationId: id, userId: id, role: z.enum(MEMBERSHIP_ROLES) });
export const memberRefInput = z.strictObject({ organisationId: id, userId: id });
