import { recordId } from "@free-city/schemas";
import { z } from "zod";
import { getCoverage } from "../domain/coverage/get-coverage.ts";
import { getCoverageTrend } from "../domain/coverage/get-coverage-trend.ts";
import { getDistrictLens } from "../domain/coverage/get-district-lens.ts";
import { createTRPCRouter, staffProcedure } from "../trpc.ts";

const view = z.enum(["all", "weekends", "holidays"]).default("all");
const band = z.enum(["all", "5-10", "11-15", "16-19", "20-25"]).default("all");

/** The commission's lens: where the free offer is thin, by district, kind of activity and age. */
export const coverageRouter = createTRPCRouter({
  /** Staff: live offers and weekly sessions per district × top-level category for one view and band, thin cells marked. */
  dashboard: staffProcedure.input(z.strictObject({ view, band })).query(({ ctx, input }) => getCoverage(ctx.db, input)),
  /** Staff: per district, live offers and weekly sessions on each snapshot day. */
  trend: staffProcedure
    .input(z.strictObject({ days: z.number().int().min(7).max(366).default(90) }))
    .query(({ ctx, input }) => getCoverageTrend(ctx.db, input.days)),
  /** Staff: one district's organisations, venues, open reports, pending items and outreach tasks. */
  district: staffProcedure
    .input(z.strictObject({ districtId: recordId() }))
    .query(({ ctx, input }) => getDistrictLens(ctx.db, input.districtId)),
});
