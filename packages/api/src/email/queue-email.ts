import type { Database } from "@free-city/db";
import { z } from "zod";
import type { Email } from "./send-email.ts";

/** The job that sends one email (graphile-worker task name). */
export const SEND_EMAIL_TASK = "send-email";

/**
 * How often the worker tries an email before giving up on it. graphile-worker waits
 * exp(min(attempt, 10)) seconds between tries (3 s, 7 s, 20 s, … then about 6 hours): 25 tries
 * span about 3 days, longer than any mail server outage worth waiting for.
 */
export const EMAIL_MAX_ATTEMPTS = 25;

/** A queued email, checked again when the worker takes it (the queue is a boundary). */
export const queuedEmail = z.strictObject({
  to: z.string().min(3, { error: "An email needs an address to go to." }),
  subject: z.string().min(1, { error: "An email needs a subject." }),
  text: z.string().min(1, { error: "An email needs a text." }),
  html: z.string(),
});

/**
 * Queues an email as a job in the caller's transaction (`tx`, or the database for a change
 * that is one statement): it exists exactly when the change that causes it commits. The worker
 * sends it, retrying with exponential backoff while the mail server fails, so an approval never
 * commits without its email and a failing mail server delays mail but loses none.
 * next-auth's sign-in links are the one exception (sent at once, see auth/options.ts).
 */
export async function queueEmail(tx: Pick<Database, "$executeRaw">, email: Email): Promise<void> {
  const payload = JSON.stringify(queuedEmail.parse(email));
  await tx.$executeRaw`SELECT graphile_worker.add_job(${SEND_EMAIL_TASK}, ${payload}::json, max_attempts => ${EMAIL_MAX_ATTEMPTS}::int)`;
}
