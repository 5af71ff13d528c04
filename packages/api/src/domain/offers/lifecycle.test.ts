import { testDatabaseKind } from "@free-city/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, expectRefused, makeSubmittedOffer, saveBasics, useTestWorld } from "../../test/setup.ts";
import { canTransition, OFFER_TRANSITIONS } from "./lifecycle.ts";

describe("offer status transitions", () => {
  it.each([
    ["DRAFT", "IN_REVIEW"],
    ["IN_REVIEW", "LIVE"],
    ["IN_REVIEW", "CHANGES_REQUESTED"],
    ["IN_REVIEW", "DRAFT"],
    ["CHANGES_REQUESTED", "IN_REVIEW"],
    ["LIVE", "EXPIRED"],
    ["EXPIRED", "LIVE"],
    ["LIVE", "ARCHIVED"],
  ] as const)("allows %s → %s", (from, to) => expect(canTransition(from, to)).toBe(true));

  it.each([
    ["DRAFT", "LIVE"],
    ["CHANGES_REQUESTED", "LIVE"],
    ["REJECTED", "LIVE"],
    ["ARCHIVED", "LIVE"],
    ["ARCHIVED", "DRAFT"],
    ["LIVE", "DRAFT"],
    ["EXPIRED", "IN_REVIEW"],
  ] as const)("refuses %s → %s", (from, to) => expect(canTransition(from, to)).toBe(false));

  it("never lets anything go straight to LIVE except review or re-confirmation", () => {
    const intoLive = Object.entries(OFFER_TRANSITIONS)
      .filter(([, to]) => to.includes("LIVE"))
      .map(([from]) => from);
    expect(intoLive.sort()).toEqual(["EXPIRED", "IN_REVIEW"]);
  });
});

describe(`offer lifecycle through the API (${testDatabaseKind()})`, () => {
  const world = useTestWorld();

  const newSubmittedOffer = (title = "Saturday football skills") => makeSubmittedOffer(world, title);

  it("draft → in review → live, with an approval record behind it", async () => {
    const { offer, revisionId } = await newSubmittedOffer();
    expect((await world.db.offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("IN_REVIEW");

    const moderator = callerFor(world.db, world.moderator);
    await expect(moderator.offer.decide({ revisionId, outcome: "APPROVED" })).resolves.toMatchObject({
      status: "LIVE",
    });

    const live = await world.db.offer.findUniqueOrThrow({
      where: { id: offer.id },
      include: { venues: true, schedules: true, categories: true },
    });
    expect(live.status).toBe("LIVE");
    expect(live.liveRevisionId).toBe(revisionId);
    expect(live.summary).toBe(world.content.summary);
    expect(live.venues.map((v) => v.venueId)).toEqual([world.venue.id]);
    expect(live.schedules).toHaveLength(1);
    const decision = await world.db.reviewDecision.findUniqueOrThrow({ where: { revisionId } });
    expect(decision).toMatchObject({ outcome: "APPROVED", decidedById: world.moderator.id });
    const audit = await world.db.auditEvent.findMany({ where: { entityId: offer.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["offer.created", "revision.submitted", "revision.approved"]),
    );
  });

  it("an edit to a live offer waits in a revision; the live version keeps showing until approved", async () => {
    const { offer, revisionId } = await newSubmittedOffer("Code club");
    await callerFor(world.db, world.moderator).offer.decide({ revisionId, outcome: "APPROVED" });
    const partner = callerFor(world.db, world.partner);
    const ref = { organisationId: world.org.id, offerId: offer.id };

    await saveBasics(world, ref, { title: "Code club: now on Sundays", summary: "New day, same free fun with code." });
    const { revisionId: editId } = await partner.offer.submit(ref);
    const during = await world.db.offer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(during).toMatchObject({ status: "LIVE", title: "Code club", liveRevisionId: revisionId });

    const list = await partner.offer.listForOrganisation({ organisationId: world.org.id });
    expect(list.find((o) => o.id === offer.id)).toMatchObject({
      pendingChange: "IN_REVIEW",
      nextStep: "change-in-review",
    });

    await callerFor(world.db, world.moderator).offer.decide({ revisionId: editId, outcome: "APPROVED" });
    const after = await world.db.offer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(after).toMatchObject({ status: "LIVE", title: "Code club: now on Sundays", liveRevisionId: editId });
  });

  it("refuses to submit an incomplete offer, naming the missing sections", async () => {
    const partner = callerFor(world.db, world.partner);
    const offer = await partner.offer.create({ organisationId: world.org.id, title: "Half finished" });
    const error = await expectRefused(
      partner.offer.submit({ organisationId: world.org.id, offerId: offer.id }),
      "BAD_REQUEST",
      "OFFER_INCOMPLETE",
    );
    const detail = (error.cause as unknown as { detail: { sections: Record<string, string> } }).detail;
    expect(Object.keys(detail.sections)).toEqual(
      expect.arrayContaining(["basics", "audience", "when", "where", "takeUp", "access", "safeguarding"]),
    );
    expect((await world.db.offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("DRAFT");
  });

  it("requesting changes needs a reason, which the partner then sees; resubmitting works", async () => {
    const { offer, revisionId } = await newSubmittedOffer("Art club");
    const moderator = callerFor(world.db, world.moderator);
    await expectRefused(
      moderator.offer.decide({ revisionId, outcome: "CHANGES_REQUESTED", reason: "  " }),
      "BAD_REQUEST",
      "REASON_REQUIRED",
    );
    await moderator.offer.decide({ revisionId, outcome: "CHANGES_REQUESTED", reason: "Please add the end date." });
    expect((await world.db.offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("CHANGES_REQUESTED");

    const partner = callerFor(world.db, world.partner);
    const list = await partner.offer.listForOrganisation({ organisationId: world.org.id });
    expect(list.find((o) => o.id === offer.id)).toMatchObject({
      reviewerReason: "Please add the end date.",
      nextStep: "make-changes",
    });

    const ref = { organisationId: world.org.id, offerId: offer.id };
    await partner.offer.saveSection({
      ...ref,
      section: "access",
      values: { sendFriendly: true, quietSessions: true, accessNotes: "Quiet room available." },
    });
    await partner.offer.submit(ref);
    expect((await world.db.offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("IN_REVIEW");
  });

  it("withdrawing takes a submission back to draft; you cannot edit while in review or withdraw twice", async () => {
    const { offer } = await newSubmittedOffer("Chess club");
    const partner = callerFor(world.db, world.partner);
    const ref = { organisationId: world.org.id, offerId: offer.id };
    await expectRefused(
      partner.offer.saveSection({
        ...ref,
        section: "access",
        values: { sendFriendly: false, quietSessions: false, accessNotes: "" },
      }),
      "CONFLICT",
      "INVALID_TRANSITION",
    );
    await partner.offer.withdraw(ref);
    expect((await world.db.offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("DRAFT");
    await expectRefused(partner.offer.withdraw(ref), "CONFLICT", "INVALID_TRANSITION");
  });

  it("two reviewers deciding at once: exactly one decision wins", async () => {
    const { offer, revisionId } = await newSubmittedOffer("Street dance");
    const results = await Promise.allSettled([
      callerFor(world.db, world.moderator).offer.decide({ revisionId, outcome: "APPROVED" }),
      callerFor(world.db, world.admin).offer.decide({ revisionId, outcome: "REJECTED", reason: "Duplicate listing." }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as { code: string }).code).toBe("CONFLICT");
    expect(await world.db.reviewDecision.count({ where: { revisionId } })).toBe(1);
    const final = await world.db.offer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(["LIVE", "REJECTED"]).toContain(final.status);
  });
});
