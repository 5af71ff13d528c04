import { makeUser, makeVenue, testDatabaseKind } from "@free-city/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, expectRefused, makeSubmittedOffer, saveBasics, useTestWorld } from "../../test/setup.ts";
import { claimRevision } from "./claim-revision.ts";

describe(`moderation (${testDatabaseKind()})`, () => {
  const world = useTestWorld();

  async function submitted(title: string) {
    const { offer, revisionId } = await makeSubmittedOffer(world, title);
    return { offerId: offer.id, revisionId };
  }

  it("lists new offers, edits, venues and organisations oldest first, and filters them", async () => {
    const first = await submitted("Queue first");
    const second = await submitted("Queue second");
    const pendingVenue = await world.db.venue.create({
      data: {
        organisationId: world.org.id,
        districtId: world.district.id,
        slug: "queue-venue",
        name: "Queue venue",
        addressLine1: "1 Street",
        town: "Birmingham",
        postcode: "B1 1AA",
      },
    });
    await world.db.organisation.update({
      where: { id: world.otherOrg.id },
      data: { verificationStatus: "UNVERIFIED" },
    });
    const moderator = callerFor(world.db, world.moderator);
    const all = await moderator.review.queue({});
    expect(all.filter((i) => i.kind === "new-offer").map((i) => i.id)).toEqual([first.revisionId, second.revisionId]);
    expect(all.map((i) => i.kind)).toEqual(expect.arrayContaining(["new-offer", "venue", "organisation"]));
    expect((await moderator.review.queue({ kind: "venue" })).map((i) => i.id)).toEqual([pendingVenue.id]);
    expect((await moderator.review.queue({ categoryId: world.category.id })).every((i) => i.kind === "new-offer")).toBe(
      true,
    );
    const otherDistrict = (await makeVenue(world.db, world.org.id)).districtId;
    expect(await moderator.review.queue({ districtId: otherDistrict, kind: "new-offer" })).toEqual([]);
    expect(
      (await moderator.review.queue({ districtId: world.district.id, kind: "new-offer" })).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it("lets exactly one of two reviewers claim an item; a claim lapses after 30 minutes", async () => {
    const { revisionId } = await submitted("Claimed");
    const second = await makeUser(world.db, { staffRole: "MODERATOR" });
    const results = await Promise.allSettled([
      callerFor(world.db, world.moderator).review.claim({ revisionId }),
      callerFor(world.db, second).review.claim({ revisionId }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason.message).toMatch(/is reviewing this/);
    const holder = (await world.db.offerRevision.findUniqueOrThrow({ where: { id: revisionId } })).claimedById;
    const other = holder === world.moderator.id ? second : world.moderator;
    await expect(
      claimRevision(world.db, { id: other.id, label: other.email }, revisionId, new Date(Date.now() + 31 * 60_000)),
    ).resolves.toBeTruthy();
  });

  it("shows a reviewer exactly what an edit changes, against the live version", async () => {
    const { offerId, revisionId } = await submitted("Diff me");
    await callerFor(world.db, world.moderator).offer.decide({ revisionId, outcome: "APPROVED", reason: "" });
    const partner = callerFor(world.db, world.partner);
    const ref = { organisationId: world.org.id, offerId };
    await saveBasics(world, ref, { title: "Diff me", summary: "A brand new summary for the same offer." });
    await partner.offer.saveSection({
      ...ref,
      section: "access",
      values: { sendFriendly: true, quietSessions: true, accessNotes: "" },
    });
    const edit = await partner.offer.submit(ref);
    const review = await callerFor(world.db, world.moderator).review.revision({ revisionId: edit.revisionId });
    // Only what the partner changed: the summary, and the access answers that differ from before.
    const expected = [
      "summary",
      ...(world.content.description !== "" ? ["description"] : []),
      ...(world.content.sendFriendly ? [] : ["sendFriendly"]),
      ...(world.content.quietSessions ? [] : ["quietSessions"]),
    ];
    expect([...review.changed].sort()).toEqual(expected.sort());
    expect(review.live?.summary).toBe(world.content.summary);
    expect(review.pending.summary).toBe("A brand new summary for the same offer.");
    expect(review.history.map((h) => h.outcome)).toContain("APPROVED");
  });

  it("approves or rejects a venue once; rejecting needs a reason; two decisions can't both win", async () => {
    const venue = await world.db.venue.create({
      data: {
        organisationId: world.org.id,
        districtId: world.district.id,
        slug: "decide-venue",
        name: "Decide venue",
        addressLine1: "1 Street",
        town: "Birmingham",
        postcode: "B1 1AA",
      },
    });
    const moderator = callerFor(world.db, world.moderator);
    await expectRefused(
      moderator.review.decideVenue({ venueId: venue.id, outcome: "REJECTED", reason: "" }),
      "BAD_REQUEST",
      "REASON_REQUIRED",
    );
    const results = await Promise.allSettled([
      moderator.review.decideVenue({ venueId: venue.id, outcome: "APPROVED", reason: "" }),
      callerFor(world.db, world.admin).review.decideVenue({
        venueId: venue.id,
        outcome: "REJECTED",
        reason: "Not a real place",
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await world.db.reviewDecision.count({ where: { venueId: venue.id } })).toBe(1);
  });

  it("suspending an organisation takes all its listings off the portal at once, reversibly, with a reason", async () => {
    const { revisionId, offerId } = await submitted("Suspend me");
    const moderator = callerFor(world.db, world.moderator);
    await moderator.offer.decide({ revisionId, outcome: "APPROVED", reason: "" });
    const { slug } = await world.db.offer.findUniqueOrThrow({ where: { id: offerId } });
    const portal = callerFor(world.db, null);
    await expect(portal.listing.offer({ slug })).resolves.toBeTruthy();
    await expectRefused(
      moderator.review.decideOrganisation({ organisationId: world.org.id, action: "suspend", reason: "" }),
      "BAD_REQUEST",
      "REASON_REQUIRED",
    );
    await moderator.review.decideOrganisation({
      organisationId: world.org.id,
      action: "suspend",
      reason: "Checking a complaint",
    });
    await expectRefused(portal.listing.offer({ slug }), "NOT_FOUND");
    const partner = callerFor(world.db, world.partner);
    expect((await partner.organisation.mine())[0]?.organisation.suspendedReason).toBe("Checking a complaint");
    await expectRefused(
      partner.offer.create({ organisationId: world.org.id, title: "While suspended" }),
      "FORBIDDEN",
      "ORGANISATION_SUSPENDED",
    );
    await moderator.review.decideOrganisation({
      organisationId: world.org.id,
      action: "unsuspend",
      reason: "Complaint resolved",
    });
    await expect(portal.listing.offer({ slug })).resolves.toBeTruthy();
    expect(
      await world.db.auditEvent.count({
        where: { entityId: world.org.id, action: { in: ["organisation.suspended", "organisation.unsuspended"] } },
      }),
    ).toBe(2);
  });

  it("verifies an organisation once", async () => {
    const moderator = callerFor(world.db, world.moderator);
    await world.db.organisation.update({
      where: { id: world.otherOrg.id },
      data: { verificationStatus: "UNVERIFIED" },
    });
    await moderator.review.decideOrganisation({ organisationId: world.otherOrg.id, action: "verify", reason: "" });
    expect(
      (await world.db.organisation.findUniqueOrThrow({ where: { id: world.otherOrg.id } })).verificationStatus,
    ).toBe("VERIFIED");
    await expectRefused(
      moderator.review.decideOrganisation({ organisationId: world.otherOrg.id, action: "verify", reason: "" }),
      "CONFLICT",
    );
  });

  it("approves several at once, each on its own; one decided meanwhile is reported, not fatal", async () => {
    const a = await submitted("Bulk one");
    const b = await submitted("Bulk two");
    const moderator = callerFor(world.db, world.moderator);
    await callerFor(world.db, world.admin).offer.decide({
      revisionId: b.revisionId,
      outcome: "CHANGES_REQUESTED",
      reason: "Needs a venue note",
    });
    const result = await moderator.review.approveMany({ revisionIds: [a.revisionId, b.revisionId] });
    expect(result.approved).toEqual([a.revisionId]);
    expect(result.failed).toEqual([
      { revisionId: b.revisionId, message: expect.stringContaining("already made a decision") },
    ]);
    expect((await world.db.offer.findUniqueOrThrow({ where: { id: a.offerId } })).status).toBe("LIVE");
    expect((await world.db.offer.findUniqueOrThrow({ where: { id: b.offerId } })).status).toBe("CHANGES_REQUESTED");
  });

  it("keeps every approved version, and brings an earlier one back as a new revision for review", async () => {
    const { offerId, revisionId } = await submitted("Version one");
    const moderator = callerFor(world.db, world.moderator);
    await moderator.offer.decide({ revisionId, outcome: "APPROVED", reason: "" });
    const partner = callerFor(world.db, world.partner);
    const ref = { organisationId: world.org.id, offerId };
    await saveBasics(world, ref, { title: "Version two", summary: world.content.summary });
    const two = await partner.offer.submit(ref);
    await moderator.offer.decide({ revisionId: two.revisionId, outcome: "APPROVED", reason: "" });
    const { versions } = await moderator.review.versions({ offerId });
    expect(versions.map((v) => [v.number, v.title, v.live, v.approvedBy])).toEqual([
      [2, "Version two", true, world.moderator.email],
      [1, "Version one", false, world.moderator.email],
    ]);
    await expectRefused(moderator.review.restoreVersion({ offerId, revisionId: two.revisionId }), "CONFLICT");
    const { revisionId: restored } = await moderator.review.restoreVersion({ offerId, revisionId });
    // Nothing public changes until the restored version is approved.
    expect((await world.db.offer.findUniqueOrThrow({ where: { id: offerId } })).title).toBe("Version two");
    await expectRefused(moderator.review.restoreVersion({ offerId, revisionId }), "CONFLICT");
    await moderator.offer.decide({ revisionId: restored, outcome: "APPROVED", reason: "" });
    expect((await world.db.offer.findUniqueOrThrow({ where: { id: offerId } })).title).toBe("Version one");
  });

  it("keeps every moderation procedure from partners", async () => {
    const partner = callerFor(world.db, world.partner);
    await expectRefused(partner.review.queue({}), "FORBIDDEN");
    await expectRefused(
      partner.review.decideOrganisation({ organisationId: world.org.id, action: "verify", reason: "" }),
      "FORBIDDEN",
    );
  });
});
