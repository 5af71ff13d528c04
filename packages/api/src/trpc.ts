import { fieldErrorsOf } from "@free-city/schemas";
/**
 * tRPC setup: the context, and the procedure builders that say who may call each procedure.
 *
 *   publicProcedure   anyone (the portal, no account); only ever sees public data
 *   protectedProcedure any signed-in user
 *   partnerProcedure  a member of the organisation named in the input's `organisationId`
 *   partnerEditProcedure  the same, and the organisation is not suspended or rejected
 *   staffProcedure    council staff (moderator or admin)
 *   adminProcedure    council administrators
 */

import { recordId } from "@free-city/schemas";
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Context } from "./context.ts";
import { organisationStanding } from "./domain/offers/public-offers.ts";
import { AppError, isAppError } from "./errors.ts";
import { reportUnexpectedError } from "./unexpected-error.ts";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const app = isAppError(error.cause) ? error.cause : undefined;
    const zod = error.cause instanceof ZodError ? error.cause : undefined;
    return {
      ...shape,
      // Internal errors keep their details in the server log only, under the reference shown.
      message:
        shape.data.code === "INTERNAL_SERVER_ERROR"
          ? reportUnexpectedError(error.cause ?? error).message
          : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        appCode: app?.code ?? null,
        detail: app?.detail ?? null,
        // Field-level messages for forms, keyed by field path ("schedules.0.endTime").
        fieldErrors: zod
          ? fieldErrorsOf(zod.issues)
          : ((app?.detail?.fieldErrors as Record<string, string> | undefined) ?? null),
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Turns domain AppErrors into tRPC errors with their code and message. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isAppError(result.error.cause)) {
    throw result.error.cause.toTRPCError();
  }
  return result;
});

export const publicProcedure = t.procedure.use(appErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new AppError("NOT_SIGNED_IN").toTRPCError();
  return next({ ctx: { ...ctx, user: ctx.user } });
});

const organisationInput = z.object({ organisationId: recordId() });

/**
 * Membership is checked against the organisation named in the input. Not being a member gives
 * NOT_FOUND (not FORBIDDEN), so nobody can probe which organisations exist.
 */
export const partnerProcedure = protectedProcedure.input(organisationInput).use(async ({ ctx, input, next }) => {
  const membership = await ctx.db.membership.findUnique({
    where: { userId_organisationId: { userId: ctx.user.id, organisationId: input.organisationId } },
    include: { organisation: true },
  });
  if (!membership) throw new AppError("NOT_FOUND").toTRPCError();
  return next({ ctx: { ...ctx, membership, organisation: membership.organisation } });
});

/** As partnerProcedure, for changes: a suspended or rejected organisation's members can look, not change. */
export const partnerEditProcedure = partnerProcedure.use(({ ctx, next }) => {
  const standing = organisationStanding(ctx.organisation);
  if (standing) throw new AppError(`ORGANISATION_${standing}`).toTRPCError();
  return next();
});

export const staffProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.staffRole) throw new AppError("FORBIDDEN").toTRPCError();
  return next({ ctx: { ...ctx, staffRole: ctx.user.staffRole } });
});

export const adminProcedure = staffProcedure.use(({ ctx, next }) => {
  if (ctx.user.staffRole !== "ADMIN") throw new AppError("FORBIDDEN").toTRPCError();
  return next();
});
