import { makeUser, testDatabaseKind } from "@free-city/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, expectRefused, fillAllSections, useTestWorld } from "../../test/setup.ts";

/**
 * Concurrent calls on one database (on PostgreSQL, truly at once, through the connection pool):
 * what two people or two tabs doing things at the same moment must never do.
 */
describe(`races (${testDatabaseKind()})`, () => {
  const world = useTestWorld();

  it("gives offers and organisations created at the same moment with the same name each their own slug", async () => {
    const partner = callerFor(world.db, world.partner);
    const offers = await Promise.allSettled(
      Array.from({ length: 6 }, () => partner.offer.create({ organisationId: world.org.id, title: "Same title" })),
    );
    expect(offers.filter((r) => r.status === "rejected")).toEqual([]);
    const slugs = offers.map((r) => (r.status === "fulfilled" ? r.value.slug : ""));
    expect(new Set(slugs).size).toBe(6);

    const people = await Promise.all(Array.from({ length: 4 }, () => makeUser(world.db)));
    const orgs = await Promise.allSettled(
      people.map((p) =>
        callerFor(world.db, p).organisation.create({
          name: "Twin Club",
          type: "SPORTS_CLUB",
          website: null,
          publicEmail: null,
          publicPhone: null,
          description: "",
          pledge: true,
        }),
      ),
    );
    expect(orgs.filter((r) => r.status === "rejected")).toEqual([]);
  });

  it("keeps both of two sections saved at once on a live offer, in one new revision", async () => {
    const partner = callerFor(world.db, world.partner);
    const offer = await partner.offer.create({ organisationId: world.org.id, title: "Live for races" });
    await fillAllSections(world, offer.id, { ...world.content, title: "Live for races" });
    const { revisionId } = await partner.offer.submit({ organisationId: world.org.id, offerId: offer.id });
    await callerFor(world.db, world.moderator).offer.decide({ revisionId, outcome: "APPROVED", reason: "" });

    const ref = { organisationId: world.org.id, offerId: offer.id };
    const results = await Promise.allSettled([
      partner.offer.saveSection({
        ...ref,
        section: "access",
        values: { sendFriendly: true, quietSessions: true, accessNotes: "Ramp at the side door" },
      }),
      partner.offer.saveSection({
        ...ref,
        section: "safeguarding",
        values: { dbsCheckedStaff: true, safeguardingNotes: "Two leaders at every session" },
      }),
    ]);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const drafts = await world.db.offerRevision.findMany({ where: { offerId: offer.id, status: "DRAFT" } });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.content).toMatchObject({
      accessNotes: "Ramp at the side door",
      safeguardingNotes: "Two leaders at every session",
    });
  });

  it.skipIf(testDatabaseKind() !== "postgres")(
    "refuses a section save that lost the race with a submission, instead of writing into the revision in review",
    async () => {
      const partner = callerFor(world.db, world.partner);
      const offer = await partner.offer.create({ organisationId: world.org.id, title: "Submitted meanwhile" });
      await fillAllSections(world, offer.id, { ...world.content, title: "Submitted meanwhile" });
      const draft = await world.db.offerRevision.findFirstOrThrow({ where: { offerId: offer.id, status: "DRAFT" } });

      // Another request submits the revision and has not committed yet when the save arrives.
      let commit: () => void = () => {};
      const committed = new Promise<void>((resolve) => {
        commit = resolve;
      });
      let updated: () => void = () => {};
      const isUpdated = new Promise<void>((resolve) => {
        updated = resolve;
      });
      const submitting = world.db.$transaction(
        async (tx) => {
          await tx.offerRevision.update({ where: { id: draft.id }, data: { status: "IN_REVIEW" } });
          updated();
          await committed;
        },
        { timeout: 20_000 },
      );
      await isUpdated;
      const save = partner.offer.saveSection({
        organisationId: world.org.id,
        offerId: offer.id,
        section: "access",
        values: { sendFriendly: false, quietSessions: false, accessNotes: "Written after the submission" },
      });
      // It is refused as soon as the submission commits, before the check below looks: handled from now.
      save.catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300));
      commit();
      await submitting;
      await expectRefused(save, "CONFLICT", "INVALID_TRANSITION");
      const after = await world.db.offerRevision.findUniqueOrThrow({ where: { id: draft.id } });
      expect(after.status).toBe("IN_REVIEW");
      expect(JSON.stringify(after.content)).not.toContain("Written after the submission");
    },
  );
});
