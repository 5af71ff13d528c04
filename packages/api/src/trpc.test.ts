import { makeSuspendedOrganisation, makeUser, testDatabaseKind } from "@free-city/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, expectRefused, fillAllSections, useTestWorld, type World } from "./test/setup.ts";

/**
 * Who may call what. Every procedure is tried by the wrong callers: nobody signed in, a member
 * of another organisation, a partner calling staff procedures, a suspended organisation's
 * member. Each must be refused, and the refusal must carry no data.
 */
describe(`procedure guards (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  let offerId: string;
  let revisionId: string;
  beforeAll(async () => {
    const partner = callerFor(world.db, world.partner);
    const offer = await partner.offer.create({ organisationId: world.org.id, title: "Guarded offer" });
    await fillAllSections(world, offer.id);
    offerId = offer.id;
    revisionId = (await partner.offer.submit({ organisationId: world.org.id, offerId })).revisionId;
  });

  const partnerCalls = (w: World, ids: { offerId: string }) => {
    const ref = { organisationId: w.org.id, offerId: ids.offerId };
    return {
      "offer.listForOrganisation": (api: ReturnType<typeof callerFor>) =>
        api.offer.listForOrganisation({ organisationId: w.org.id }),
      "offer.create": (api: ReturnType<typeof callerFor>) =>
        api.offer.create({ organisationId: w.org.id, title: "Sneaky offer" }),
      "offer.saveSection": (api: ReturnType<typeof callerFor>) =>
        api.offer.saveSection({
          ...ref,
          section: "access",
          values: { sendFriendly: false, quietSessions: false, accessNotes: "hacked" },
        }),
      "offer.submit": (api: ReturnType<typeof callerFor>) => api.offer.submit(ref),
      "offer.withdraw": (api: ReturnType<typeof callerFor>) => api.offer.withdraw(ref),
    };
  };

  it("anonymous callers are refused by every non-public procedure", async () => {
    const anon = callerFor(world.db, null);
    for (const [name, call] of Object.entries(partnerCalls(world, { offerId }))) {
      const error = await expectRefused(call(anon), "UNAUTHORIZED");
      expect(error.message, name).toBe("Please sign in to do that.");
    }
    await expectRefused(anon.organisation.mine(), "UNAUTHORIZED");
    await expectRefused(anon.review.counts(), "UNAUTHORIZED");
    await expectRefused(anon.offer.decide({ revisionId, outcome: "APPROVED", reason: "" }), "UNAUTHORIZED");
  });

  it("a member of another organisation is refused with NOT_FOUND and learns nothing", async () => {
    const outsider = callerFor(world.db, world.otherPartner);
    for (const [name, call] of Object.entries(partnerCalls(world, { offerId }))) {
      const error = await expectRefused(call(outsider), "NOT_FOUND");
      expect(error.message, name).not.toContain(world.org.name);
      expect(JSON.stringify(error), name).not.toContain("Guarded offer");
    }
    // Their own organisation id with our offer id: still nothing.
    await expectRefused(outsider.offer.submit({ organisationId: world.otherOrg.id, offerId }), "NOT_FOUND");
    expect(await world.db.offer.count({ where: { title: "Sneaky offer" } })).toBe(0);
  });

  it("partners cannot call staff procedures", async () => {
    const partner = callerFor(world.db, world.partner);
    await expectRefused(partner.review.counts(), "FORBIDDEN");
    await expectRefused(partner.offer.decide({ revisionId, outcome: "APPROVED", reason: "" }), "FORBIDDEN");
    expect((await world.db.offerRevision.findUniqueOrThrow({ where: { id: revisionId } })).status).toBe("IN_REVIEW");
  });

  it("a suspended organisation's members can look but not change anything, and are told why", async () => {
    const member = await makeUser(world.db);
    const suspended = await makeSuspendedOrganisation(world.db, { members: [{ userId: member.id }] });
    const api = callerFor(world.db, member);
    await expect(api.offer.listForOrganisation({ organisationId: suspended.id })).resolves.toEqual([]);
    const error = await expectRefused(
      api.offer.create({ organisationId: suspended.id, title: "Not allowed" }),
      "FORBIDDEN",
      "ORGANISATION_SUSPENDED",
    );
    expect(error.message).toMatch(/suspended/);
  });

  it("staff can call staff procedures; unknown input fields are refused", async () => {
    await expect(callerFor(world.db, world.moderator).review.counts()).resolves.toMatchObject({ newOffers: 1 });
    const partner = callerFor(world.db, world.partner);
    await expectRefused(
      partner.offer.create({ organisationId: world.org.id, title: "Valid title", status: "LIVE" } as unknown as {
        organisationId: string;
        title: string;
      }),
      "BAD_REQUEST",
    );
  });

  it("public procedures work for anyone and only count live offers", async () => {
    const anon = callerFor(world.db, null);
    const districts = await anon.district.listWithCounts();
    expect(districts.find((d) => d.id === world.district.id)?.liveOffers).toBe(0);
    await callerFor(world.db, world.moderator).offer.decide({ revisionId, outcome: "APPROVED", reason: "" });
    const after = await anon.district.listWithCounts();
    expect(after.find((d) => d.id === world.district.id)?.liveOffers).toBe(1);
    await world.db.organisation.update({ where: { id: world.org.id }, data: { suspendedAt: new Date() } });
    const suspended = await anon.district.listWithCounts();
    expect(suspended.find((d) => d.id === world.district.id)?.liveOffers).toBe(0);
  });
});
