import { z } from "zod";
import { email, recordId } from "./common.ts";

export const STAFF_ROLES = ["MODERATOR", "ADMIN"] as const;
const id = recordId();

export const grantStaffInput = z.strictObject({ email, role: z.enum(STAFF_ROLES) });
export const staffRoleInput = z.strictObject({ userId: id, role: z.enum(STAFF_ROLES) });
export const staffActiveInput = z.strictObject({ userId: id, active: z.boolean() });

/** ADMIN_EMAILS: a comma-separated list of the first administrators' addresses. */
export const adminEmailsList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(email));
