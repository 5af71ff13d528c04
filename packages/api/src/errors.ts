import { CHECK_ANSWERS } from "@free-city/schemas";
import { TRPCError } from "@trpc/server";

/**
 * The one error type of the domain layer. Each code has one message a person can act on; the
 * tRPC layer sends the code and message (never a stack trace or another organisation's data).
 */
export const APP_ERRORS = {
  NOT_SIGNED_IN: { trpc: "UNAUTHORIZED", message: "Please sign in to do that." },
  FORBIDDEN: { trpc: "FORBIDDEN", message: "You don't have permission to do that." },
  NOT_FOUND: {
    trpc: "NOT_FOUND",
    message: "We couldn't find that. It may have been removed, or you may not have access to it.",
  },
  ORGANISATION_SUSPENDED: {
    trpc: "FORBIDDEN",
    message:
      "Your organisation is suspended, so its listings can't be changed. Contact the council team to find out more.",
  },
  ORGANISATION_REJECTED: {
    trpc: "FORBIDDEN",
    message:
      "The council did not accept your organisation, so its listings can't be changed. Contact the council team to find out more.",
  },
  OWN_ORGANISATION: {
    trpc: "FORBIDDEN",
    message: "You belong to this organisation, so another member of staff must decide on it.",
  },
  STAFF_CANNOT_JOIN: {
    trpc: "FORBIDDEN",
    message: "Council staff accounts can't join or register partner organisations. Use a separate partner account.",
  },
  IMPORT_RUNNING: {
    trpc: "CONFLICT",
    message: "An import for your organisation is already running. Wait for it to finish, then check your offers.",
  },
  INVALID_TRANSITION: { trpc: "CONFLICT", message: "That can't be done to this listing in its current state." },
  OFFER_INCOMPLETE: {
    trpc: "BAD_REQUEST",
    message: "Some sections of this offer still need finishing before it can be submitted.",
  },
  ALREADY_DECIDED: { trpc: "CONFLICT", message: "Someone has already made a decision on this. Refresh to see it." },
  ALREADY_CLAIMED: { trpc: "CONFLICT", message: "Someone else is reviewing this." },
  REASON_REQUIRED: { trpc: "BAD_REQUEST", message: "Give a reason, so the partner knows what to change." },
  OWNER_ONLY: { trpc: "FORBIDDEN", message: "Only an owner of this organisation can do that." },
  ALREADY_MEMBER: { trpc: "CONFLICT", message: "That person is already in your team." },
  LAST_OWNER: {
    trpc: "CONFLICT",
    message: "An organisation needs at least one owner. Make someone else an owner first.",
  },
  INVITATION_INVALID: {
    trpc: "BAD_REQUEST",
    message: "This invitation has expired, was cancelled, or was for someone else. Ask the owner to invite you again.",
  },
  INVALID_FIELDS: { trpc: "BAD_REQUEST", message: CHECK_ANSWERS },
  VENUE_IN_USE: {
    trpc: "CONFLICT",
    message: "This venue is used by some of your offers. Move those offers to another venue first.",
  },
  INVITATIONS_PENDING_LIMIT: {
    trpc: "TOO_MANY_REQUESTS",
    message:
      "Until the council has checked your organisation, you can have 3 invitations waiting at a time. Cancel one that is waiting, or wait for someone to accept.",
  },
  INVITATIONS_DAILY_LIMIT: {
    trpc: "TOO_MANY_REQUESTS",
    message:
      "Until the council has checked your organisation, you can send 5 invitations a day. Try again tomorrow; once your organisation is checked there is no limit.",
  },
  PHOTO_LIMIT: {
    trpc: "BAD_REQUEST",
    message: "An offer or a venue can have up to 6 photos. Remove one before adding another.",
  },
  /** A file refused by packages/photos: the message is the PhotoError's own, saying what to send instead. */
  PHOTO_REFUSED: { trpc: "BAD_REQUEST", message: "We couldn't use that file. Send a JPEG photo." },
  RATE_LIMITED: { trpc: "TOO_MANY_REQUESTS", message: "Too many tries. Please wait a few minutes and try again." },
} as const satisfies Record<string, { trpc: TRPCError["code"]; message: string }>;

export type AppErrorCode = keyof typeof APP_ERRORS;

export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    /** Extra detail for the person (e.g. which sections are incomplete). Never internal data. */
    readonly detail?: Record<string, unknown>,
    message: string = APP_ERRORS[code].message,
  ) {
    super(message);
  }

  toTRPCError(): TRPCError {
    return new TRPCError({ code: APP_ERRORS[this.code].trpc, message: this.message, cause: this });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
