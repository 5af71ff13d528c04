import { testDatabaseKind } from "@free-city/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context.ts";
import { createCaller } from "../../root.ts";
import { callerFor, expectRefused, makeLiveOffer, outbox, useTestWorld } from "../../test/setup.ts";

let keys = 0;

describe(`reports, youth voice and the audit log, for staff (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  let slug: string;
  let offerId: string;
  const portal = () =>
    createCaller(createContext({ db: world.db, user: null, clientKey: `moderation-test-${keys++}` }));
  beforeAll(async () => {
    ({ id: offerId, slug } = await makeLiveOffer(world, "Reported offer"));
  });

  it("resolves a report with a note, once", async () => {
    await portal().voice.report({ offerSlug: slug, reason: "WRONG_INFORMATION", details: "The times are wrong" });
    const moderator = callerFor(world.db, world.moderator);
    const [report] = (await moderator.moderation.reports()).open;
    expect(report).toMatchObject({
      reason: "WRONG_INFORMATION",
      details: "The times are wrong",
      offer: { title: "Reported offer" },
    });
    await expectRefused(
      moderator.moderation.resolveReport({ reportId: report!.id, action: "resolve", note: "" }),
      "BAD_REQUEST",
    );
    await moderator.moderation.resolveReport({
      reportId: report!.id,
      action: "resolve",
      note: "Asked the partner to fix the times",
    });
    await expectRefused(
      moderator.moderation.resolveReport({ reportId: report!.id, action: "resolve", note: "Again" }),
      "CONFLICT",
      "ALREADY_DECIDED",
    );
    expect((await moderator.moderation.reports()).decided[0]).toMatchObject({
      status: "RESOLVED",
      resolutionNote: "Asked the partner to fix the times",
    });
    await expect(portal().listing.offer({ slug })).resolves.toBeTruthy();

    // The listing's owner hears the outcome: the kind of problem and the staff's note, never the reporter's words.
    const [told] = (await outbox(world.db, world.partner.email)).filter((e) => e.subject.startsWith("A report about"));
    expect(told?.subject).toBe("A report about Reported offer");
    expect(told?.text).toContain("wrong information");
    expect(told?.text).toContain("What the council did: Asked the partner to fix the times");
    expect(told?.text).not.toContain("The times are wrong");
  });

  it("can take a reported listing off the portal, withdrawing an edit in review and its reviewer's claim", async () => {
    await portal().voice.report({ offerSlug: slug, reason: "SAFETY_CONCERN", details: "Unsafe" });
    const moderator = callerFor(world.db, world.moderator);
    const partner = callerFor(world.db, world.partner);
    const ref = { organisationId: world.org.id, offerId };
    await partner.offer.saveSection({
      ...ref,
      section: "access",
      values: { sendFriendly: true, quietSessions: false, accessNotes: "Step-free" },
    });
    const edit = await partner.offer.submit(ref);
    await moderator.review.claim({ revisionId: edit.revisionId });
    const [report] = (await moderator.moderation.reports()).open;
    await moderator.moderation.resolveReport({
      reportId: report!.id,
      action: "unpublish",
      note: "Taken down while we check",
    });
    await expectRefused(portal().listing.offer({ slug }), "NOT_FOUND");
    expect((await world.db.offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("ARCHIVED");
    expect(await world.db.auditEvent.count({ where: { entityId: offerId, action: "offer.unpublished" } })).toBe(1);
    expect(await world.db.offerRevision.findUniqueOrThrow({ where: { id: edit.revisionId } })).toMatchObject({
      status: "WITHDRAWN",
      claimedById: null,
      claimedAt: null,
    });
  });

  it("publishes or hides feedback, turns a suggestion into an outreach task, and answers on the portal", async () => {
    await portal().voice.suggest({ what: "Skateboarding in Hodge Hill please" });
    const moderator = callerFor(world.db, world.moderator);
    const { pending } = await moderator.moderation.youthVoice();
    const suggestion = pending.find((f) => f.kind === "SUGGESTION")!;
    expect(suggestion.comment).toContain("Skateboarding");
    // A suggestion that does not exist is refused as not found (found by the input fuzzing).
    await expectRefused(
      moderator.moderation.createOutreachTask({
        feedbackId: "no-such-feedback",
        districtId: world.district.id,
        title: "Find a skate park partner",
        notes: "",
      }),
      "NOT_FOUND",
    );
    await moderator.moderation.createOutreachTask({
      feedbackId: suggestion.id,
      districtId: world.district.id,
      title: "Find a skate park partner",
      notes: "",
    });
    await moderator.moderation.moderateFeedback({ feedbackId: suggestion.id, action: "hide" });
    const after = await moderator.moderation.youthVoice();
    expect(after.pending.find((f) => f.id === suggestion.id)).toBeUndefined();
    expect(after.decided.find((f) => f.id === suggestion.id)).toMatchObject({
      status: "HIDDEN",
      outreach: [{ title: "Find a skate park partner" }],
    });

    expect(await portal().voice.youSaidWeDid()).toEqual([]);
    await moderator.moderation.respond({
      feedbackId: suggestion.id,
      youSaid: "More skateboarding in Hodge Hill",
      weDid: "We are talking to two skate parks about free sessions.",
    });
    expect(await portal().voice.youSaidWeDid()).toEqual([
      expect.objectContaining({ youSaid: "More skateboarding in Hodge Hill" }),
    ]);
  });

  it("finds changes in the audit log by who, what and when, and offers no way to change it", async () => {
    const moderator = callerFor(world.db, world.moderator);
    const byModerator = await moderator.moderation.auditLog({ text: world.moderator.email, page: 1 });
    expect(byModerator.total).toBeGreaterThan(0);
    expect(byModerator.events.every((e) => e.actorLabel === world.moderator.email)).toBe(true);
    const unpublished = await moderator.moderation.auditLog({ action: "offer.unpublished", page: 1 });
    expect(unpublished.events.map((e) => e.entityId)).toEqual([offerId]);
    expect((await moderator.moderation.auditLog({ from: "2000-01-01", to: "2000-01-02", page: 1 })).total).toBe(0);
    // The database itself refuses to change history.
    await expect(world.db.auditEvent.deleteMany({})).rejects.toThrow();
  });

  it("keeps all of it from partners", async () => {
    const partner = callerFor(world.db, world.partner);
    await expectRefused(partner.moderation.reports(), "FORBIDDEN");
    await expectRefused(partner.moderation.auditLog({ page: 1 }), "FORBIDDEN");
  });
});
