import type { AppLinks, Context } from "../context.ts";
import type { Mailer } from "../email/send-email.ts";

/** What a domain function needs to send email: the mailer and the links to put in it. */
export type Notifier = { mailer: Mailer; links: AppLinks };

/**
 * The context's notifier. Only procedures that send email ask for it; an app that calls one
 * without giving its context a mailer is a programming error, caught here by name.
 */
export function notifierOf(ctx: Pick<Context, "mailer" | "links">): Notifier {
  if (!ctx.mailer || !ctx.links)
    throw new Error(
      "This procedure sends email: create its context with a mailer and links (see apps/admin/src/server/auth.ts).",
    );
  return { mailer: ctx.mailer, links: ctx.links };
}

/**
 * Sends an email that follows a change already committed (a decision, a submission). The change
 * stands if the email fails: the failure is logged for the team, not shown as a failed action.
 */
export async function sendAfterCommit(notifier: Notifier, email: Parameters<Mailer["send"]>[0]): Promise<void> {
  await notifier.mailer
    .send(email)
    .catch((error: unknown) => console.error(`[email] could not send "${email.subject}" to ${email.to}`, error));
}
