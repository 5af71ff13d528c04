import type { Prisma } from "@free-city/db";
import { approvedEmail, changesRequestedEmail, rejectedEmail, submittedEmail } from "../../email/offer-emails.ts";
import { queueEmail } from "../../email/queue-email.ts";
import type { Notifier } from "../notify.ts";
import { ownerEmails } from "../organisations/owner-emails.ts";

type Event =
  | { kind: "submitted"; isEdit: boolean }
  | { kind: "APPROVED" }
  | { kind: "CHANGES_REQUESTED" | "REJECTED"; reason: string };

/**
 * Tells every owner of the offer's organisation what is happening to it: one email each, queued
 * in `tx`, the transaction that makes the change, so the email goes exactly when it commits.
 */
export async function notifyOwners(
  tx: Prisma.TransactionClient,
  notifier: Notifier,
  offerId: string,
  event: Event,
): Promise<void> {
  const offer = await tx.offer.findUniqueOrThrow({
    where: { id: offerId },
    select: {
      id: true,
      slug: true,
      title: true,
      organisationId: true,
      organisation: { select: { name: true } },
      revisions: { orderBy: { number: "desc" }, take: 1, select: { content: true } },
    },
  });
  // The title the partner knows it by: the one they just sent, for a change waiting for review.
  const title = String((offer.revisions[0]?.content as { title?: string } | undefined)?.title ?? offer.title);
  const base = { title, organisationName: offer.organisation.name };
  const editUrl = `${notifier.links.adminUrl}/organisations/${offer.organisationId}/offers/${offer.id}`;
  const message =
    event.kind === "submitted"
      ? submittedEmail({ ...base, editUrl, isEdit: event.isEdit })
      : event.kind === "APPROVED"
        ? approvedEmail({ ...base, portalUrl: `${notifier.links.portalUrl}/offers/${offer.slug}` })
        : event.kind === "CHANGES_REQUESTED"
          ? changesRequestedEmail({ ...base, reason: event.reason, editUrl })
          : rejectedEmail({ ...base, reason: event.reason, editUrl });
  for (const to of await ownerEmails(tx, offer.organisationId)) await queueEmail(tx, { to, ...message });
}
