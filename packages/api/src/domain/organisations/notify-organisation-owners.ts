import type { Database } from "@free-city/db";
import type { Email } from "../../email/send-email.ts";
import { type Notifier, sendAfterCommit } from "../notify.ts";
import { ownerEmails } from "./owner-emails.ts";

/** Sends one message (a decision about the organisation or a venue) to every owner, after it is committed. */
export async function notifyOrganisationOwners(
  db: Database,
  notifier: Notifier,
  organisationId: string,
  message: Omit<Email, "to">,
): Promise<void> {
  for (const to of await ownerEmails(db, organisationId)) await sendAfterCommit(notifier, { to, ...message });
}
