import {
  invitationIdInput,
  invitationRefInput,
  invitationTokenInput,
  inviteMemberInput,
  memberRefInput,
  memberRoleInput,
} from "@free-city/schemas";
import { actorOf } from "../domain/actor.ts";
import { notifierOf } from "../domain/notify.ts";
import { acceptInvitation } from "../domain/team/accept-invitation.ts";
import { changeMemberRole } from "../domain/team/change-member-role.ts";
import { getInvitation } from "../domain/team/get-invitation.ts";
import { inviteMember } from "../domain/team/invite-member.ts";
import { listMyInvitations } from "../domain/team/list-my-invitations.ts";
import { listTeam } from "../domain/team/list-team.ts";
import { assertOwner } from "../domain/team/owners.ts";
import { removeMember } from "../domain/team/remove-member.ts";
import { revokeInvitation } from "../domain/team/revoke-invitation.ts";
import {
  createTRPCRouter,
  partnerEditProcedure,
  partnerProcedure,
  protectedProcedure,
  publicProcedure,
} from "../trpc.ts";

export const teamRouter = createTRPCRouter({
  /** Partner member: the team and the invitations waiting. */
  list: partnerProcedure.query(({ ctx }) => listTeam(ctx.db, ctx.organisation.id)),
  /** Partner owner, not suspended: invite someone by email (they get a link to sign in and join). */
  invite: partnerEditProcedure.input(inviteMemberInput).mutation(({ ctx, input }) => {
    assertOwner(ctx.membership);
    return inviteMember(ctx.db, notifierOf(ctx), actorOf(ctx.user), input);
  }),
  /** Partner owner, not suspended: cancel an unused invitation. */
  revokeInvitation: partnerEditProcedure.input(invitationRefInput).mutation(({ ctx, input }) => {
    assertOwner(ctx.membership);
    return revokeInvitation(ctx.db, actorOf(ctx.user), input);
  }),
  /** Partner owner, not suspended: change someone's role (an owner always remains; ownership is checked again under the team lock). */
  changeRole: partnerEditProcedure
    .input(memberRoleInput)
    .mutation(({ ctx, input }) => changeMemberRole(ctx.db, actorOf(ctx.user), input)),
  /** Partner owner (anyone), or any member (themselves), not suspended: remove from the team. */
  removeMember: partnerEditProcedure
    .input(memberRefInput)
    .mutation(({ ctx, input }) => removeMember(ctx.db, actorOf(ctx.user), input)),
  /** Public (the holder of the link, before signing in): the invitation's organisation, address, role and state. */
  getInvitation: publicProcedure
    .input(invitationTokenInput)
    .query(({ ctx, input }) => getInvitation(ctx.db, input.token)),
  /** Signed in: join through an invitation link meant for the caller's email. */
  acceptInvitation: protectedProcedure
    .input(invitationTokenInput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, { ...actorOf(ctx.user), email: ctx.user.email }, input)),
  /** Signed in: invitations waiting for the caller's email. */
  myInvitations: protectedProcedure.query(({ ctx }) => listMyInvitations(ctx.db, ctx.user.email)),
  /** Signed in: join through one of the caller's own waiting invitations. */
  acceptById: protectedProcedure
    .input(invitationIdInput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, { ...actorOf(ctx.user), email: ctx.user.email }, input)),
});
