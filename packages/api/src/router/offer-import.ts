import { offerImportInput } from "@free-city/schemas";
import { actorOf } from "../domain/actor.ts";
import { checkOfferImport, importOffers } from "../domain/import/import-offers.ts";
import { offerImportTemplate } from "../domain/import/offer-import-template.ts";
import { createTRPCRouter, partnerEditProcedure, partnerProcedure } from "../trpc.ts";

/** The report without the contents: the admin shows the problems, or how many rows are fine. */
const reportOf = async (report: ReturnType<typeof checkOfferImport>) => {
  const r = await report;
  return r.ok ? { ok: true as const, rows: r.rows } : r;
};

export const offerImportRouter = createTRPCRouter({
  /** Partner member: the CSV template, with example rows that use the organisation's own venue. */
  template: partnerProcedure.query(({ ctx }) => offerImportTemplate(ctx.db, ctx.organisation.id)),
  /** Partner member: check every row of a file and report the problems; changes nothing. */
  validate: partnerProcedure
    .input(offerImportInput)
    .mutation(({ ctx, input }) => reportOf(checkOfferImport(ctx.db, ctx.organisation.id, input.csv))),
  /** Partner member, not suspended: import every row as a draft offer, or nothing at all. */
  run: partnerEditProcedure
    .input(offerImportInput)
    .mutation(({ ctx, input }) =>
      importOffers(ctx.db, actorOf(ctx.user), { organisationId: ctx.organisation.id, csv: input.csv }),
    ),
});
