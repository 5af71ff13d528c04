import type { AppLinks, Context } from "../context.ts";

/**
 * What a domain function needs to email someone: the links to put in it. The email itself is
 * queued in the function's own transaction (email/queue-email.ts) and sent by the worker.
 */
export type Notifier = { links: AppLinks };

/**
 * The context's notifier. Only procedures that send email ask for it; an app that calls one
 * without giving its context the links is a programming error, caught here by name.
 */
export function notifierOf(ctx: Pick<Context, "links">): Notifier {
  if (!ctx.links)
    throw new Error("This procedure sends email: create its context with links (see apps/admin/src/server/auth.ts).");
  return { links: ctx.links };
}
