import { grantStaffInput, staffActiveInput, staffRoleInput } from "@free-city/schemas";
import { actorOf } from "../domain/actor.ts";
import { changeStaffRole } from "../domain/staff/change-staff-role.ts";
import { grantStaffRole } from "../domain/staff/grant-staff-role.ts";
import { listStaff } from "../domain/staff/list-staff.ts";
import { setStaffActive } from "../domain/staff/set-staff-active.ts";
import { adminProcedure, createTRPCRouter } from "../trpc.ts";

/** Council staff accounts. Administrators only: moderators review, they don't manage people. */
export const staffRouter = createTRPCRouter({
  /** Admin: every staff account. */
  list: adminProcedure.query(({ ctx }) => listStaff(ctx.db)),
  /** Admin: give someone (by email) a staff role. */
  grant: adminProcedure
    .input(grantStaffInput)
    .mutation(({ ctx, input }) => grantStaffRole(ctx.db, actorOf(ctx.user), input)),
  /** Admin: moderator ↔ administrator (an active administrator always remains). */
  changeRole: adminProcedure
    .input(staffRoleInput)
    .mutation(({ ctx, input }) => changeStaffRole(ctx.db, actorOf(ctx.user), input)),
  /** Admin: switch a staff account off (signed out at once) or on. */
  setActive: adminProcedure
    .input(staffActiveInput)
    .mutation(({ ctx, input }) => setStaffActive(ctx.db, actorOf(ctx.user), input)),
});
