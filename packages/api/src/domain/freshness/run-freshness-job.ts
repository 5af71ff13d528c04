import { addDays, type Database, type Prisma, recordAuditEvent, todayInCity } from "@free-city/db";
import { freshnessReminderEmail } from "../../email/offer-emails.ts";
import { queueEmail } from "../../email/queue-email.ts";
import type { Notifier } from "../notify.ts";
import { moveOffer } from "../offers/lifecycle.ts";
import { ownerEmails } from "../organisations/owner-emails.ts";

export type FreshnessSettings = { remindAfterDays: number; expireAfterDays: number };
export const DEFAULT_FRESHNESS: FreshnessSettings = { remindAfterDays: 90, expireAfterDays: 30 };

const DAY = 86_400_000;

/**
 * Keeps live listings trustworthy. A live offer nobody has confirmed for `remindAfterDays` gets
 * one reminder to its owners; still unconfirmed `expireAfterDays` after that, it expires (leaves
 * the portal) until someone confirms it. An offer whose last date has passed expires too.
 *
 * Idempotent and safe to run twice at once: each offer is claimed by a conditional update
 * (reminder_sent_at still null, status still LIVE) before anything is sent or changed, so a
 * second run finds nothing left to do. A reminder's claim, its audit record and its emails
 * (queued for the worker) are one transaction: claimed means emailed.
 */
export async function runFreshnessJob(input: {
  db: Database;
  notifier: Notifier;
  now?: Date;
  settings?: FreshnessSettings;
  log?: (line: string) => void;
}) {
  const { db, notifier } = input;
  const now = input.now ?? new Date();
  const settings = input.settings ?? DEFAULT_FRESHNESS;
  const log = input.log ?? (() => {});
  const today = todayInCity(now);
  const remindBefore = new Date(now.getTime() - settings.remindAfterDays * DAY);
  const expireBefore = new Date(now.getTime() - settings.expireAfterDays * DAY);

  const live = await db.offer.count({ where: { status: "LIVE" } });
  log(
    `Checking ${live} live offers (remind after ${settings.remindAfterDays} days unconfirmed, hide ${settings.expireAfterDays} days after that)…`,
  );

  // 1. Over: the last date has passed.
  const over = await db.offer.findMany({
    where: { status: "LIVE", endsOn: { lt: new Date(`${today}T00:00:00Z`) } },
    select: { id: true, organisationId: true },
  });
  const ended = await expireEach(db, over, now, "dates-over");

  // 2. Unconfirmed for too long after the reminder: hidden until confirmed.
  const stale = await db.offer.findMany({
    where: { status: "LIVE", reminderSentAt: { lte: expireBefore } },
    select: { id: true, organisationId: true },
  });
  const expired = await expireEach(db, stale, now, "unconfirmed", { reminderSentAt: { lte: expireBefore } });

  // 3. Due a reminder: claimed first (so it is sent once), then emailed to the owners.
  const due = await db.offer.findMany({
    where: {
      status: "LIVE",
      reminderSentAt: null,
      OR: [{ lastConfirmedAt: { lte: remindBefore } }, { lastConfirmedAt: null, publishedAt: { lte: remindBefore } }],
    },
    select: { id: true, title: true, organisationId: true, organisation: { select: { name: true } } },
  });
  let reminded = 0;
  const hideOn = new Date(`${addDays(today, settings.expireAfterDays)}T12:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  for (const offer of due) {
    const claimed = await db.$transaction(async (tx) => {
      // A reminder nobody can receive is no reminder: with no owner to email, nothing is claimed
      // (the offer is never hidden on it) and the next run looks again.
      const recipients = await ownerEmails(tx, offer.organisationId);
      if (recipients.length === 0) {
        log(`  No owner of "${offer.title}" can be emailed; it will be tried again on the next run.`);
        return false;
      }
      const claim = await tx.offer.updateMany({
        where: { id: offer.id, status: "LIVE", reminderSentAt: null },
        data: { reminderSentAt: now },
      });
      if (claim.count !== 1) return false;
      await recordAuditEvent(tx, {
        actor: "system",
        action: "offer.reminder_sent",
        entityType: "offer",
        entityId: offer.id,
        organisationId: offer.organisationId,
        after: { hideOn: addDays(today, settings.expireAfterDays), recipients: recipients.length },
      });
      const message = freshnessReminderEmail({
        title: offer.title,
        organisationName: offer.organisation.name,
        hideOn,
        editUrl: `${notifier.links.adminUrl}/organisations/${offer.organisationId}/offers/${offer.id}`,
      });
      for (const to of recipients) await queueEmail(tx, { to, ...message });
      return true;
    });
    if (claimed) reminded++;
  }
  log(`Reminded ${reminded}, hid ${expired} unconfirmed, ended ${ended} whose dates are over (today is ${today}).`);
  return { reminded, expired, ended };
}

/**
 * Expires each live offer still live when it is claimed (and still matching `stillWhere`, if given:
 * a partner may have confirmed it meanwhile), audited with the reason; returns how many it expired.
 */
async function expireEach(
  db: Database,
  offers: { id: string; organisationId: string }[],
  now: Date,
  reason: "dates-over" | "unconfirmed",
  stillWhere?: Prisma.OfferWhereInput,
): Promise<number> {
  let count = 0;
  for (const offer of offers) {
    const claimed = await moveOffer(db, { id: offer.id, status: "LIVE" }, "EXPIRED", { expiredAt: now }, stillWhere);
    if (!claimed) continue;
    count++;
    await db.$transaction((tx) =>
      recordAuditEvent(tx, {
        actor: "system",
        action: "offer.expired",
        entityType: "offer",
        entityId: offer.id,
        organisationId: offer.organisationId,
        after: { reason },
      }),
    );
  }
  return count;
}
