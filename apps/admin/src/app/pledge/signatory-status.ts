import type { VerificationStatus } from "@free-city/db";

/** Where a signatory stands, in the words staff use (the list and its CSV say the same). */
export function signatoryStatus(organisation: { verificationStatus?: VerificationStatus; suspended?: boolean }) {
  if (organisation.suspended) return "Suspended";
  if (organisation.verificationStatus === "VERIFIED") return "Verified: on the public wall";
  if (organisation.verificationStatus === "REJECTED") return "Rejected";
  return "Not checked yet";
}
