import type { Database } from "@free-city/db";
import { queueEmail } from "../../email/queue-email.ts";
import type { Email } from "../../email/send-email.ts";
import { ownerEmails } from "./owner-emails.ts";

/**
 * Queues one message (a decision about the organisation or a venue) for every owner, in one
 * transaction; the worker sends them with retries. It runs right after the decision commits (the
 * decision functions own their transaction), so a crash between the two could lose this email:
 * moving the queueing into the decision's transaction, as offer decisions do, is the next step.
 */
export async function notifyOrganisationOwners(
  db: Database,
  organisationId: string,
  message: Omit<Email, "to">,
): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const to of await ownerEmails(tx, organisationId)) await queueEmail(tx, { to, ...message });
  });
}
