import { addDays, dateOnly, todayInCity } from "@free-city/db";
import { testDatabaseKind } from "@free-city/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, expectRefused, makeLiveOffer, outbox, TEST_LINKS, useTestWorld } from "../../test/setup.ts";
import { runFreshnessJob } from "./run-freshness-job.ts";

const DAY = 86_400_000;

describe(`freshness: reminders, expiry and "still accurate" (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  let offerId: string;
  beforeAll(async () => {
    offerId = (await makeLiveOffer(world, "Fresh offer")).id;
    // Runs on with no last date, so only confirming (or not) decides what happens to it.
    await world.db.offer.update({ where: { id: offerId }, data: { endsOn: null } });
  });

  const job = (now: Date) =>
    runFreshnessJob({
      db: world.db,
      now,
      notifier: { links: TEST_LINKS },
    });
  const state = () =>
    world.db.offer.findUniqueOrThrow({
      where: { id: offerId },
      select: { status: true, reminderSentAt: true, lastConfirmedAt: true },
    });
  const reminders = async () =>
    (await outbox(world.db, world.partner.email)).filter((e) => e.subject.startsWith("Is this still right?"));

  it("doesn't count a reminder no owner could be sent, and tries again on the next run", async () => {
    const confirmed = (await state()).lastConfirmedAt!.getTime();
    // Nobody to email: the organisation's only owner is made an ordinary member for this run.
    const owners = { organisationId: world.org.id, role: "OWNER" as const };
    const ownerIds = (await world.db.membership.findMany({ where: owners, select: { id: true } })).map((m) => m.id);
    await world.db.membership.updateMany({ where: { id: { in: ownerIds } }, data: { role: "MEMBER" } });
    const lines: string[] = [];
    try {
      const result = await runFreshnessJob({
        db: world.db,
        now: new Date(confirmed + 91 * DAY),
        notifier: { links: TEST_LINKS },
        log: (l) => lines.push(l),
      });
      expect(result).toMatchObject({ reminded: 0 });
      expect((await state()).reminderSentAt).toBeNull();
      expect(lines.join("\n")).toContain("will be tried again");
      expect(await world.db.auditEvent.count({ where: { entityId: offerId, action: "offer.reminder_sent" } })).toBe(0);
    } finally {
      await world.db.membership.updateMany({ where: { id: { in: ownerIds } }, data: { role: "OWNER" } });
    }
  });

  it("reminds the owners once, after 90 days unconfirmed, not before", async () => {
    const confirmed = (await state()).lastConfirmedAt!.getTime();
    expect(await job(new Date(confirmed + 89 * DAY))).toMatchObject({ reminded: 0, expired: 0 });
    expect(await reminders()).toHaveLength(0);
    const day91 = new Date(confirmed + 91 * DAY);
    expect(await job(day91)).toMatchObject({ reminded: 1, expired: 0 });
    expect(await job(day91)).toMatchObject({ reminded: 0, expired: 0 });
    expect(await job(new Date(day91.getTime() + DAY))).toMatchObject({ reminded: 0, expired: 0 });
    const [reminder] = await reminders();
    expect(reminder!.text).toContain("Fresh offer");
    expect(reminder!.text).toContain(`${TEST_LINKS.adminUrl}/organisations/${world.org.id}/offers/${offerId}`);
    expect((await state()).status).toBe("LIVE");
  });

  it("hides it 30 days after the reminder; it leaves the portal; running again changes nothing", async () => {
    const sent = (await state()).reminderSentAt!.getTime();
    expect(await job(new Date(sent + 29 * DAY))).toMatchObject({ expired: 0 });
    expect(await job(new Date(sent + 31 * DAY))).toMatchObject({ expired: 1 });
    expect(await job(new Date(sent + 31 * DAY))).toMatchObject({ expired: 0, reminded: 0 });
    expect((await state()).status).toBe("EXPIRED");
    const offer = await world.db.offer.findUniqueOrThrow({ where: { id: offerId } });
    await expectRefused(callerFor(world.db, null).listing.offer({ slug: offer.slug }), "NOT_FOUND");
    expect(
      await world.db.auditEvent.count({
        where: { entityId: offerId, actorLabel: "system", action: { in: ["offer.reminder_sent", "offer.expired"] } },
      }),
    ).toBe(2);
  });

  it("“still accurate” brings it back live and restarts the clock", async () => {
    await callerFor(world.db, world.partner).offer.confirm({ organisationId: world.org.id, offerId });
    const after = await state();
    expect(after.status).toBe("LIVE");
    expect(after.reminderSentAt).toBeNull();
    expect(Date.now() - after.lastConfirmedAt!.getTime()).toBeLessThan(60_000);
    const offer = await world.db.offer.findUniqueOrThrow({ where: { id: offerId } });
    await expect(callerFor(world.db, null).listing.offer({ slug: offer.slug })).resolves.toMatchObject({
      title: "Fresh offer",
    });
    // Only members confirm.
    await expectRefused(
      callerFor(world.db, world.otherPartner).offer.confirm({ organisationId: world.org.id, offerId }),
      "NOT_FOUND",
    );
  });

  it("expires an offer whose last date has passed, and won't confirm it back", async () => {
    const yesterday = addDays(todayInCity(), -1);
    await world.db.offer.update({ where: { id: offerId }, data: { endsOn: dateOnly(yesterday) } });
    expect(await job(new Date())).toMatchObject({ ended: 1 });
    expect((await state()).status).toBe("EXPIRED");
    await expectRefused(
      callerFor(world.db, world.partner).offer.confirm({ organisationId: world.org.id, offerId }),
      "CONFLICT",
      "INVALID_TRANSITION",
    );
  });
});
