import { createPrismaClient, type Database } from "@free-city/db";
import { makeOfferRow, type TestDatabase, testDatabaseKind } from "@free-city/db/testing";
import type { Runner } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context.ts";
import { takeRateLimit } from "../domain/rate-limits/take-rate-limit.ts";
import { runRetentionJob } from "../domain/retention/run-retention-job.ts";
import { recordOfferEvent } from "../domain/stats/record-offer-event.ts";
import { forgetVisitorSalt, hashVisitor } from "../domain/visitors/hash-visitor.ts";
import { VOICE_LIMITS } from "../domain/voice/rate-limits.ts";
import { createMailer } from "../email/send-email.ts";
import { createCaller } from "../root.ts";
import {
  callerFor,
  createTestDatabase,
  fillAllSections,
  makeSubmittedOffer,
  makeWorld,
  quietJobLogger,
  TEST_LINKS,
  type World,
} from "../test/setup.ts";
import { testSmtpServer } from "../test/smtp-server.ts";
import { startWorker } from "./worker.ts";

/**
 * Several app instances and workers on one database, as in production: each "instance" here is
 * its own Prisma client with its own connection pool (what a second process would have), and
 * each worker is a real graphile-worker runner with its own pool. These need a PostgreSQL
 * server (several connections at once, LISTEN/NOTIFY); on in-process PGlite (one session) they
 * are skipped, and CI runs them with TEST_DATABASE_URL.
 */
const onServer = testDatabaseKind() === "postgres";

const queuedEmails = (db: Database) =>
  db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'send-email'`.then((r) => r[0]!.n);

/** A live offer, straight in the table (what the counters and forms need: a public slug). */
const liveOffer = (world: World) => makeOfferRow(world.db, world.org.id);

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!onServer)("two instances on one PostgreSQL", () => {
  let test: TestDatabase;
  let world: World;
  const clients: Database[] = [];
  /** A new app instance: its own client and pool, and no salt cached from another instance. */
  const instance = () => {
    forgetVisitorSalt();
    const db = createPrismaClient(test.url!, { max: 3 });
    clients.push(db);
    return db;
  };
  beforeAll(async () => {
    test = await createTestDatabase();
    world = await makeWorld(test);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.$disconnect()));
    await test.close();
  });

  it("hold a rate limit across both instances and a restart of one, concurrent attempts included", async () => {
    const rule = { bucket: "test:limit", limit: 5, windowMs: 10 * 60_000 };
    const a = instance();
    const b = instance();
    const results = [
      await takeRateLimit(a, rule, "client-1"),
      await takeRateLimit(b, rule, "client-1"),
      await takeRateLimit(a, rule, "client-1"),
      await takeRateLimit(b, rule, "client-1"),
      await takeRateLimit(a, rule, "client-1"),
    ];
    expect(results).toEqual([true, true, true, true, true]);
    // The 6th is refused whichever instance gets it.
    expect(await takeRateLimit(b, rule, "client-1")).toBe(false);
    expect(await takeRateLimit(a, rule, "client-1")).toBe(false);
    // Instance A restarts: a new pool, nothing in memory. The limit still holds.
    await a.$disconnect();
    const restarted = instance();
    expect(await takeRateLimit(restarted, rule, "client-1")).toBe(false);
    // Another client has its own allowance.
    expect(await takeRateLimit(restarted, rule, "client-2")).toBe(true);

    // 20 attempts at once through two pools: exactly 5 get through.
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => takeRateLimit(i % 2 ? b : restarted, rule, "client-burst")),
    );
    expect(burst.filter(Boolean)).toHaveLength(5);
    // Nothing personal is stored: the keys are hashes.
    const keys = await restarted.rateLimitCounter.findMany({ where: { bucket: rule.bucket }, select: { key: true } });
    expect(keys.map((k) => k.key).filter((k) => k.includes("client"))).toEqual([]);
  });

  it("refuse the portal's feedback past the allowance through the procedures whichever instance gets it", async () => {
    const offer = await liveOffer(world);
    const instances = [instance(), instance()];
    const key = await hashVisitor(instances[0]!, ["203.0.113.7", "Firefox"]);
    expect(await hashVisitor(instance(), ["203.0.113.7", "Firefox"])).toBe(key);
    const as = (db: Database) => createCaller(createContext({ db, user: null, clientKey: key }));
    for (let i = 0; i < VOICE_LIMITS.perClient; i++)
      await as(instances[i % 2]!).voice.offerFeedback({ offerSlug: offer.slug, reaction: "GOOD" });
    await expect(as(instances[1]!).voice.offerFeedback({ offerSlug: offer.slug, reaction: "GOOD" })).rejects.toThrow(
      /Too many tries/,
    );
    await expect(as(instances[0]!).voice.offerFeedback({ offerSlug: offer.slug, reaction: "GOOD" })).rejects.toThrow(
      /Too many tries/,
    );
    expect(await world.db.feedback.count({ where: { offerId: offer.id } })).toBe(VOICE_LIMITS.perClient);
  });

  it("count a visitor once, whichever instance each view reaches, with one salt shared for the day", async () => {
    const offer = await liveOffer(world);
    const now = new Date();
    const a = instance();
    const first = await recordOfferEvent(a, { offerSlug: offer.slug, kind: "view" }, { fingerprint: "visitor", now });
    const b = instance();
    const again = await recordOfferEvent(b, { offerSlug: offer.slug, kind: "view" }, { fingerprint: "visitor", now });
    const other = await recordOfferEvent(b, { offerSlug: offer.slug, kind: "view" }, { fingerprint: "another", now });
    expect([first.counted, again.counted, other.counted]).toEqual([true, false, true]);
    const [stat] = await world.db.offerDailyStat.findMany({ where: { offerId: offer.id } });
    expect(stat!.views).toBe(2);
    // One salt, today's; the de-dup rows are hashes that expire after 30 minutes.
    const salts = await world.db.visitorSalt.findMany();
    expect(salts).toHaveLength(1);
    const seen = await world.db.visitorSeen.findMany();
    expect(seen.every((s) => !s.key.includes("visitor") && s.expiresAt.getTime() <= now.getTime() + 30 * 60_000)).toBe(
      true,
    );
  });

  it("keep only today's salt, and let retention delete what has expired", async () => {
    const a = instance();
    // Yesterday's salt left behind (an instance that was up at midnight):
    await a.$executeRaw`INSERT INTO visitor_salt (day, salt) VALUES (current_date - 2, '\\x00'::bytea)`;
    const later = new Date(Date.now() + 2 * 86_400_000);
    forgetVisitorSalt();
    await hashVisitor(a, ["x"], later); // the first instance of a new day makes its salt…
    const days = (await a.visitorSalt.findMany()).map((s) => s.day.toISOString().slice(0, 10));
    expect(days).toHaveLength(1); // …and every older one is gone
    await takeRateLimit(a, { bucket: "test:retention", limit: 1, windowMs: 1000 }, "k", new Date(Date.now() - 5000));
    const deleted = await runRetentionJob(a, later);
    expect(deleted.counters).toBeGreaterThan(0);
    expect(deleted.seen).toBeGreaterThan(0);
    expect(await a.rateLimitCounter.count()).toBe(0);
    expect(await a.visitorSeen.count()).toBe(0);
    forgetVisitorSalt();
  });

  it("run a scheduled job once per time with two workers running", async () => {
    const db = instance();
    // The retention schedule has been known for an hour and last ran 5 minutes ago: each worker,
    // starting, catches up the minutes it missed (fill) — and each minute must run once in all.
    await db.$executeRaw`
      INSERT INTO graphile_worker._private_known_crontabs (identifier, known_since, last_execution)
      VALUES ('retention', now() - interval '1 hour', now() - interval '5 minutes')`;
    const ran: string[] = [];
    const workers: Runner[] = [];
    for (let i = 0; i < 2; i++) {
      const worker = await startWorker({
        connectionString: test.url!,
        db,
        mailer: createMailer({ db, emailServer: undefined, emailFrom: "test@free-city.test", log: () => {} }),
        links: TEST_LINKS,
        schedule: "* * * * * retention ?fill=4m",
        logger: quietJobLogger,
        pollInterval: 200,
      });
      worker.events.on("job:success", ({ job }) => {
        if (job.task_identifier === "retention") ran.push((job.payload as { _cron: { ts: string } })._cron.ts);
      });
      workers.push(worker);
    }
    try {
      await until(async () => ran.length >= 4, "the backfilled runs");
      await new Promise((r) => setTimeout(r, 3000)); // time for a duplicate to show up, if any
      expect(ran.length).toBeGreaterThanOrEqual(4);
      expect(new Set(ran).size).toBe(ran.length);
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
  }, 90_000);
});

describe.skipIf(!onServer)("SMTP down", () => {
  let test: TestDatabase;
  let world: World;
  const smtp = testSmtpServer();
  beforeAll(async () => {
    test = await createTestDatabase();
    world = await makeWorld(test);
    await smtp.start();
  });
  afterAll(async () => {
    await smtp.stop();
    await test.close();
  });

  it("approvals succeed while the mail server is down; their emails go once it is back, each once", async () => {
    const mailer = createMailer({
      db: world.db,
      emailServer: smtp.url(),
      emailFrom: "Free City <no-reply@free-city.test>",
      log: () => {},
    });
    const worker = await startWorker({
      connectionString: test.url!,
      db: world.db,
      mailer,
      links: TEST_LINKS,
      schedule: false,
      logger: quietJobLogger,
      pollInterval: 200,
    });
    try {
      const partner = callerFor(world.db, world.partner);
      const titles = ["Down 1", "Down 2", "Down 3"];
      const revisions: string[] = [];
      for (const title of titles) {
        const offer = await partner.offer.create({ organisationId: world.org.id, title });
        await fillAllSections(world, offer.id, { ...world.content, title });
        revisions.push((await partner.offer.submit({ organisationId: world.org.id, offerId: offer.id })).revisionId);
      }
      await until(async () => (await queuedEmails(world.db)) === 0, "the 'sent for review' emails");
      const before = smtp.mails.length;

      await smtp.stop();
      const moderator = callerFor(world.db, world.moderator);
      for (const revisionId of revisions) {
        await expect(moderator.offer.decide({ revisionId, outcome: "APPROVED", reason: "" })).resolves.toMatchObject({
          status: "LIVE",
        });
      }
      // Each email has been tried and failed, and waits for its next try.
      await until(async () => {
        const rows = await world.db.$queryRaw<{ attempts: number; last_error: string | null }[]>`
          SELECT attempts, last_error FROM graphile_worker.jobs WHERE task_identifier = 'send-email'`;
        return rows.length === 3 && rows.every((r) => r.attempts >= 1 && r.last_error);
      }, "the first failed tries");
      expect(smtp.mails.length).toBe(before);

      await smtp.start();
      await until(async () => (await queuedEmails(world.db)) === 0, "the retries after the server came back", 60_000);
      await new Promise((r) => setTimeout(r, 2000)); // a duplicate would show up by now
      const approvals = smtp.mails.slice(before).filter((m) => /Subject: Live on Free City/.test(m.raw));
      expect(approvals).toHaveLength(3);
      for (const title of titles) expect(approvals.filter((m) => m.raw.includes(title))).toHaveLength(1);
      expect(approvals.every((m) => m.to.join() === world.partner.email)).toBe(true);
    } finally {
      await worker.stop();
    }
  }, 120_000);
});

describe(`an email is queued in its change's transaction (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  let world: World;
  beforeAll(async () => {
    test = await createTestDatabase();
    world = await makeWorld(test);
  });
  afterAll(() => test.close());

  it("a rolled-back approval leaves no email job; a committed one leaves exactly one", async () => {
    const { offer, revisionId } = await makeSubmittedOffer(world, "Rolled back");
    await world.db.$executeRawUnsafe("DELETE FROM graphile_worker._private_jobs");

    // A check that fails at COMMIT, after the approval has done everything (decision, live,
    // audit, email queued): the whole transaction must go, its email job with it.
    await world.db.$executeRawUnsafe(`
      CREATE FUNCTION fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'commit refused for the test'; END $$`);
    await world.db.$executeRawUnsafe(`
      CREATE CONSTRAINT TRIGGER fail_at_commit AFTER INSERT ON review_decision
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fail_at_commit()`);
    const moderator = callerFor(world.db, world.moderator);
    const outcome = await moderator.offer.decide({ revisionId, outcome: "APPROVED", reason: "" }).then(
      () => "reported as committed",
      () => "refused",
    );
    // A server reports the failed COMMIT; PGlite's Prisma adapter does not pass it on (its
    // transaction is rolled back all the same, as the checks below show on both).
    if (test.kind === "postgres") expect(outcome).toBe("refused");
    expect(await queuedEmails(world.db)).toBe(0);
    expect((await world.db.offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("IN_REVIEW");
    expect(await world.db.reviewDecision.count({ where: { revisionId } })).toBe(0);

    await world.db.$executeRawUnsafe("DROP TRIGGER fail_at_commit ON review_decision");
    await moderator.offer.decide({ revisionId, outcome: "APPROVED", reason: "" });
    expect(await queuedEmails(world.db)).toBe(1);
    const [job] = await world.db.$queryRaw<{ payload: { to: string; subject: string } }[]>`
      SELECT payload FROM graphile_worker._private_jobs`;
    expect(job!.payload).toMatchObject({ to: world.partner.email, subject: "Live on Free City: Rolled back" });
  });
});
