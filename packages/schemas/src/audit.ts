import { z } from "zod";

/** Searching the audit log: every filter optional; dates as YYYY-MM-DD (London). */
export const auditSearchInput = z.strictObject({
  text: z.string().trim().max(200).optional(),
  action: z.string().trim().max(100).optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  page: z.number().int().min(1).max(1000).default(1),
});
export type AuditSearchInput = z.infer<typeof auditSearchInput>;
