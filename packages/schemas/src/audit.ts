import { z } from "zod";

/** Searching the audit log: every filter optional; dates as YYYY-MM-DD (London). */
const day = z.iso
  .date({ error: "Enter a real date, like 2026-11-28" })
  .refine((value) => value >= "2000-01-01" && value <= "2999-12-31", { error: "Enter a date between 2000 and 2999" });

export const auditSearchInput = z.strictObject({
  text: z.string().trim().max(200).optional(),
  action: z.string().trim().max(100).optional(),
  // Real calendar days only: "2026-02-30" is refused here, not turned into an invalid date later.
  from: day.optional(),
  to: day.optional(),
  page: z.number().int().min(1).max(1000).default(1),
});
export type AuditSearchInput = z.infer<typeof auditSearchInput>;
