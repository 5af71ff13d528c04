import { createHash } from "node:crypto";

/**
 * Open Referral ids are UUIDs. Ours are name-based (UUID version 5, RFC 9562) over the record's
 * kind and its slug (or slugs, for a pair such as an offer at a venue): slugs are set once when a
 * record is made, never change on edits, and are what the seeds are keyed by, so the same offer
 * keeps the same id across restarts, edits and a re-seed of the demo. No column or migration is
 * needed, and nothing internal (database ids) is published.
 */
const NAMESPACE = Buffer.from("6f1c2a4e8b3d4f5a9c7e1d2b3a4c5e6f", "hex");

export type OrukKind =
  | "service"
  | "organization"
  | "location"
  | "address"
  | "accessibility"
  | "service_at_location"
  | "schedule"
  | "service_area"
  | "cost_option"
  | "phone"
  | "attribute"
  | "taxonomy"
  | "taxonomy_term";

export function orukId(kind: OrukKind, ...keys: string[]): string {
  const hash = createHash("sha1")
    .update(NAMESPACE)
    .update(`free-city:${kind}:${keys.join("/")}`)
    .digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
