import { testDatabaseKind } from "@free-city/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, expectRefused, fillAllSections, outbox, useTestWorld } from "../../test/setup.ts";

describe(`the offer editor's procedures (${testDatabaseKind()})`, () => {
  const world = useTestWorld();

  it("shows the task list's state: what is missing, then complete, then the council's reason", async () => {
    const api = callerFor(world.db, world.partner);
    const ref = {
      organisationId: world.org.id,
      offerId: (await api.offer.create({ organisationId: world.org.id, title: "Editor offer" })).id,
    };
    const fresh = await api.offer.get(ref);
    expect(fresh).toMatchObject({ status: "DRAFT", openRevision: { status: "DRAFT", number: 1 }, sentBack: null });
    expect(Object.keys(fresh.incomplete).sort()).toEqual([
      "access",
      "audience",
      "basics",
      "safeguarding",
      "takeUp",
      "when",
      "where",
    ]);
    // What the partner can do comes from the lifecycle: nothing to submit until every section is done.
    expect(fresh.actions).toEqual(["edit", "archive"]);
    await fillAllSections(world, ref.offerId, { ...world.content, title: "Editor offer" });
    expect(await api.offer.get(ref)).toMatchObject({ incomplete: {}, actions: ["edit", "submit", "archive"] });

    const { revisionId } = await api.offer.submit(ref);
    expect((await api.offer.get(ref)).actions).toEqual(["withdraw", "archive"]);
    // The owners hear it is with the council.
    expect((await outbox(world.db, world.partner.email)).map((e) => e.subject)).toContain(
      "Sent for review: Editor offer",
    );
    await callerFor(world.db, world.moderator).offer.decide({
      revisionId,
      outcome: "CHANGES_REQUESTED",
      reason: "Say where to meet.",
    });
    const sentBack = await api.offer.get(ref);
    expect(sentBack).toMatchObject({
      status: "CHANGES_REQUESTED",
      sentBack: { outcome: "CHANGES_REQUESTED", reason: "Say where to meet." },
      openRevision: null,
      actions: ["edit", "archive"],
    });
    const email = (await outbox(world.db, world.partner.email)).at(-1)!;
    expect(email.subject).toBe("Changes needed: Editor offer");
    expect(email.text).toContain("Say where to meet.");
    expect(email.text).toContain(`/organisations/${world.org.id}/offers/${ref.offerId}`);
  });

  it("archives an offer: open edits are withdrawn and it leaves the portal", async () => {
    const api = callerFor(world.db, world.partner);
    const ref = {
      organisationId: world.org.id,
      offerId: (await api.offer.create({ organisationId: world.org.id, title: "Short-lived" })).id,
    };
    await fillAllSections(world, ref.offerId, { ...world.content, title: "Short-lived" });
    const { revisionId } = await api.offer.submit(ref);
    await callerFor(world.db, world.moderator).offer.decide({ revisionId, outcome: "APPROVED", reason: "" });
    expect((await outbox(world.db, world.partner.email)).at(-1)!.subject).toBe("Live on Free City: Short-lived");
    const { slug } = await world.db.offer.findUniqueOrThrow({ where: { id: ref.offerId } });
    await expect(callerFor(world.db, null).listing.offer({ slug })).resolves.toMatchObject({ title: "Short-lived" });
    await api.offer.saveSection({
      ...ref,
      section: "access",
      values: { sendFriendly: true, quietSessions: false, accessNotes: "" },
    });
    await api.offer.archive(ref);
    expect((await world.db.offer.findUniqueOrThrow({ where: { id: ref.offerId } })).status).toBe("ARCHIVED");
    expect(
      await world.db.offerRevision.count({ where: { offerId: ref.offerId, status: { in: ["DRAFT", "IN_REVIEW"] } } }),
    ).toBe(0);
    await expectRefused(callerFor(world.db, null).listing.offer({ slug }), "NOT_FOUND");
    await expectRefused(api.offer.archive(ref), "CONFLICT", "INVALID_TRANSITION");
  });
});
