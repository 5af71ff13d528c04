import { createOrganisationInput, updateOrganisationInput } from "@free-city/schemas";
import { actorOf } from "../domain/actor.ts";
import { createOrganisation } from "../domain/organisations/create-organisation.ts";
import { getOrganisation } from "../domain/organisations/get-organisation.ts";
import { listMyOrganisations } from "../domain/organisations/list-my-organisations.ts";
import { updateOrganisation } from "../domain/organisations/update-organisation.ts";
import { assertOwner } from "../domain/team/owners.ts";
import { createTRPCRouter, partnerEditProcedure, partnerProcedure, protectedProcedure } from "../trpc.ts";

export const organisationRouter = createTRPCRouter({
  /** Signed in: the organisations the caller belongs to, with their role. */
  mine: protectedProcedure.query(({ ctx }) => listMyOrganisations(ctx.db, ctx.user.id)),
  /** Signed in, not staff: register an organisation (unverified; the caller becomes its owner). */
  create: protectedProcedure
    .input(createOrganisationInput)
    .mutation(({ ctx, input: { pledge: _pledge, ...profile } }) =>
      createOrganisation(ctx.db, { ...actorOf(ctx.user), staff: ctx.user.staffRole !== null }, profile),
    ),
  /** Partner member: the organisation's profile. */
  get: partnerProcedure.query(({ ctx }) => getOrganisation(ctx.db, ctx.organisation.id)),
  /** Partner owner, not suspended: change the profile. */
  update: partnerEditProcedure
    .input(updateOrganisationInput)
    .mutation(({ ctx, input: { organisationId, ...profile } }) => {
      assertOwner(ctx.membership);
      return updateOrganisation(ctx.db, actorOf(ctx.user), organisationId, profile);
    }),
});
