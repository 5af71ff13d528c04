import { getPublicOrganisation } from "../domain/pledge/get-public-organisation.ts";
import { listPledgedOrganisations } from "../domain/pledge/list-pledged-organisations.ts";
import { createTRPCRouter, publicProcedure, staffProcedure } from "../trpc.ts";
import { slugInput } from "./listing.ts";

export const pledgeRouter = createTRPCRouter({
  /** Public: the pledge wall (verified organisations in good standing that signed the pledge). */
  wall: publicProcedure.query(({ ctx }) => listPledgedOrganisations(ctx.db, "public")),
  /** Public: a verified organisation's short profile with its live offers and public venues. */
  organisation: publicProcedure.input(slugInput).query(({ ctx, input }) => getPublicOrganisation(ctx.db, input.slug)),
  /** Staff: everyone who signed the pledge, with where each stands (for the list and its CSV). */
  signatories: staffProcedure.query(({ ctx }) => listPledgedOrganisations(ctx.db, "staff")),
});
