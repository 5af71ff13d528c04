import { testDatabaseKind } from "@free-city/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context.ts";
import { createCaller } from "../../root.ts";
import { callerFor, expectRefused, makeLiveOffer, useTestWorld } from "../../test/setup.ts";
import { applyRetention } from "./apply-retention.ts";

const MONTH = 31 * 86_400_000;

/** Children's data: kept only as long as needed, removable by staff, and the privacy page says so. */
describe(`youth voice retention and redaction (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  let slug: string;
  let keys = 0;
  const portal = () => createCaller(createContext({ db: world.db, user: null, clientKey: `retention-${keys++}` }));
  beforeAll(async () => {
    slug = (await makeLiveOffer(world, "Kept offer")).slug;
  });

  it("lets staff remove what a young person wrote, keeping the count, audited without the text", async () => {
    await portal().voice.offerFeedback({
      offerSlug: slug,
      reaction: "LOVED_IT",
      comment: "great, ask for Sammy at the desk",
    });
    await portal().voice.report({ offerSlug: slug, reason: "OTHER", details: "the coach knows me, Zed from class 7B" });
    const feedback = await world.db.feedback.findFirstOrThrow({ where: { comment: { contains: "desk" } } });
    const report = await world.db.report.findFirstOrThrow({ where: { details: { contains: "coach" } } });

    await expectRefused(
      callerFor(world.db, world.partner).moderation.redact({ kind: "feedback", id: feedback.id }),
      "FORBIDDEN",
    );
    const moderator = callerFor(world.db, world.moderator);
    const counted = await world.db.feedback.count({ where: { offerId: feedback.offerId, reaction: "LOVED_IT" } });
    await moderator.moderation.redact({ kind: "feedback", id: feedback.id });
    await moderator.moderation.redact({ kind: "report", id: report.id });
    expect(await world.db.feedback.findUniqueOrThrow({ where: { id: feedback.id } })).toMatchObject({
      comment: "",
      reaction: "LOVED_IT",
      redactedAt: expect.any(Date),
    });
    expect(await world.db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      details: "",
      reason: "OTHER",
    });
    expect(await world.db.feedback.count({ where: { offerId: feedback.offerId, reaction: "LOVED_IT" } })).toBe(counted);
    const audit = await world.db.auditEvent.findMany({
      where: { action: { in: ["feedback.redacted", "report.redacted"] } },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["feedback.redacted", "report.redacted"]);
    expect(JSON.stringify(audit)).not.toMatch(/Sammy|Zed/);
    await expectRefused(moderator.moderation.redact({ kind: "report", id: "missing" }), "NOT_FOUND");
  });

  it("removes the text of items handled longer ago than the city's retention period, never of waiting ones", async () => {
    await world.db.city.updateMany({ data: { youthVoiceRetentionMonths: 6 } });
    const now = new Date();
    const longAgo = new Date(now.getTime() - 7 * MONTH);
    const recently = new Date(now.getTime() - 5 * MONTH);
    const [old, recent, waiting] = await Promise.all([
      world.db.feedback.create({
        data: {
          kind: "SUGGESTION",
          comment: "old idea",
          status: "PUBLISHED",
          moderatedAt: longAgo,
          createdAt: longAgo,
        },
      }),
      world.db.feedback.create({
        data: { kind: "SUGGESTION", comment: "recent idea", status: "HIDDEN", moderatedAt: recently },
      }),
      world.db.feedback.create({ data: { kind: "SUGGESTION", comment: "waiting idea", createdAt: longAgo } }),
    ]);
    const oldReport = await world.db.report.create({
      data: { reason: "NOT_FREE", details: "old report", status: "RESOLVED", resolvedAt: longAgo },
    });
    const openReport = await world.db.report.create({
      data: { reason: "NOT_FREE", details: "open report", createdAt: longAgo },
    });

    const result = await applyRetention(world.db, { now });
    expect(result).toMatchObject({ months: 6, feedback: 1, reports: 1 });
    const comment = async (id: string) => (await world.db.feedback.findUniqueOrThrow({ where: { id } })).comment;
    expect(await comment(old.id)).toBe("");
    expect(await comment(recent.id)).toBe("recent idea");
    expect(await comment(waiting.id)).toBe("waiting idea");
    expect((await world.db.report.findUniqueOrThrow({ where: { id: oldReport.id } })).details).toBe("");
    expect((await world.db.report.findUniqueOrThrow({ where: { id: openReport.id } })).details).toBe("open report");
    expect(await world.db.feedback.count({ where: { id: old.id } })).toBe(1);
    // Idempotent.
    expect(await applyRetention(world.db, { now })).toMatchObject({ feedback: 0, reports: 0 });
  });

  it("states the data controller and the retention period from the city's settings on the privacy page", async () => {
    await world.db.city.updateMany({
      data: {
        dataController: "Test City Council, 1 Main Street",
        privacyContact: "privacy@test.example",
        youthVoiceRetentionMonths: 9,
      },
    });
    await world.db.contextPage.create({
      data: {
        slug: "privacy",
        title: "Privacy",
        body: "Controller: {{dataController}}. Kept {{youthVoiceRetentionMonths}} months. Ask {{privacyContact}}. {{unknown}}",
      },
    });
    const page = await portal().contextPage.bySlug({ slug: "privacy" });
    expect(page.body).toBe(
      "Controller: Test City Council, 1 Main Street. Kept 9 months. Ask privacy@test.example. {{unknown}}",
    );
  });

  it("shows open reports and waiting feedback a page at a time, however many there are", async () => {
    await world.db.report.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ reason: "OTHER" as const, details: `flood ${i}` })),
    });
    await world.db.feedback.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ kind: "SUGGESTION" as const, comment: `idea ${i}` })),
    });
    const moderator = callerFor(world.db, world.moderator);
    const first = await moderator.moderation.reports();
    expect(first.open).toHaveLength(50);
    expect(first.openTotal).toBeGreaterThanOrEqual(120);
    const last = await moderator.moderation.reports({ page: first.pages });
    expect(last.open.length).toBeGreaterThan(0);
    expect(last.open.length).toBeLessThanOrEqual(50);
    expect(new Set([...first.open, ...last.open].map((r) => r.id)).size).toBe(first.open.length + last.open.length);
    const voice = await moderator.moderation.youthVoice({ page: 2 });
    expect(voice.pending).toHaveLength(50);
    expect(voice.pendingTotal).toBeGreaterThanOrEqual(120);
    expect(await moderator.moderation.youthVoice({ page: 1000 })).toMatchObject({ pending: [] });
    await expectRefused(moderator.moderation.reports({ page: 0 }), "BAD_REQUEST");
  });
});
