import { makeUser, testDatabaseKind } from "@free-city/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, expectRefused, fillAllSections, makeLiveOffer, outbox, useTestWorld } from "../../test/setup.ts";

/** What an organisation's status means: a rejected organisation is treated like a suspended one. */
describe(`an organisation's standing (${testDatabaseKind()})`, () => {
  const world = useTestWorld();

  const liveOffer = (title: string) => makeLiveOffer(world, title);

  it("takes a rejected organisation's listings off the portal and lets its members change nothing", async () => {
    const offer = await liveOffer("Rejected club's football");
    const anonymous = callerFor(world.db, null);
    const venue = await world.db.venue.findUniqueOrThrow({ where: { id: world.venue.id } });
    expect((await anonymous.search.offers({ q: "football" })).items.map((i) => i.id)).toContain(offer.id);
    await anonymous.listing.offer({ slug: offer.slug });
    await anonymous.listing.venue({ slug: venue.slug });

    await world.db.organisation.update({ where: { id: world.org.id }, data: { verificationStatus: "UNVERIFIED" } });
    await callerFor(world.db, world.moderator).review.decideOrganisation({
      organisationId: world.org.id,
      action: "reject",
      reason: "We could not confirm this club exists.",
    });

    // Off the portal: search (both the fast and the full SQL paths), the offer page, the venue page.
    expect((await anonymous.search.offers({ q: "football" })).items.map((i) => i.id)).not.toContain(offer.id);
    expect((await anonymous.search.offers({})).items.map((i) => i.id)).not.toContain(offer.id);
    await expectRefused(anonymous.listing.offer({ slug: offer.slug }), "NOT_FOUND");
    await expectRefused(anonymous.listing.venue({ slug: venue.slug }), "NOT_FOUND");

    // Its members can look, not change.
    const member = callerFor(world.db, world.partner);
    await member.offer.get({ organisationId: world.org.id, offerId: offer.id });
    const ref = { organisationId: world.org.id };
    await expectRefused(member.offer.create({ ...ref, title: "Another" }), "FORBIDDEN", "ORGANISATION_REJECTED");
    await expectRefused(member.offer.confirm({ ...ref, offerId: offer.id }), "FORBIDDEN", "ORGANISATION_REJECTED");
    await expectRefused(
      member.team.invite({ ...ref, email: "friend@example.org", role: "MEMBER" }),
      "FORBIDDEN",
      "ORGANISATION_REJECTED",
    );
    await expectRefused(
      member.venue.archive({ ...ref, venueId: world.venue.id }),
      "FORBIDDEN",
      "ORGANISATION_REJECTED",
    );
    // They see why, where they edit, and the owners were told by email with the reason.
    const mine = await member.organisation.mine();
    expect(mine.find((m) => m.organisation.id === world.org.id)?.organisation.decisionReason).toBe(
      "We could not confirm this club exists.",
    );
    const emails = await outbox(world.db, world.partner.email);
    expect(emails.at(-1)?.text).toContain("We could not confirm this club exists.");

    // Verifying it after all brings the listings back.
    await callerFor(world.db, world.moderator).review.decideOrganisation({
      organisationId: world.org.id,
      action: "verify",
      reason: "",
    });
    await anonymous.listing.offer({ slug: offer.slug });
    await member.offer.confirm({ ...ref, offerId: offer.id });
  });

  it("keeps staff out of partner organisations and off decisions about their own", async () => {
    const staffer = await makeUser(world.db, { staffRole: "MODERATOR" });
    const api = callerFor(world.db, staffer);
    await expectRefused(
      api.organisation.create({
        name: "Staff's own club",
        type: "SPORTS_CLUB",
        website: null,
        publicEmail: null,
        publicPhone: null,
        description: "",
        pledge: true,
      }),
      "FORBIDDEN",
      "STAFF_CANNOT_JOIN",
    );
    // An invitation sent to a staff address can't be used either.
    const owner = callerFor(world.db, world.partner);
    await owner.team.invite({ organisationId: world.org.id, email: staffer.email, role: "MEMBER" });
    const invitation = (await api.team.myInvitations())[0];
    expect(invitation).toBeDefined();
    await expectRefused(api.team.acceptById({ invitationId: invitation?.id ?? "" }), "FORBIDDEN", "STAFF_CANNOT_JOIN");
    expect(await world.db.membership.count({ where: { userId: staffer.id } })).toBe(0);

    // A member made staff later (the membership predates the role) decides nothing about their organisation.
    await world.db.membership.create({ data: { userId: staffer.id, organisationId: world.org.id } });
    const offer = await owner.offer.create({ organisationId: world.org.id, title: "Own organisation's offer" });
    await fillAllSections(world, offer.id, { ...world.content, title: "Own organisation's offer" });
    const { revisionId } = await owner.offer.submit({ organisationId: world.org.id, offerId: offer.id });
    await expectRefused(
      api.offer.decide({ revisionId, outcome: "APPROVED", reason: "" }),
      "FORBIDDEN",
      "OWN_ORGANISATION",
    );
    expect((await api.review.approveMany({ revisionIds: [revisionId] })).approved).toEqual([]);
    await expectRefused(
      api.review.decideOrganisation({ organisationId: world.org.id, action: "suspend", reason: "Mine" }),
      "FORBIDDEN",
      "OWN_ORGANISATION",
    );
    const pendingVenue = await world.db.venue.update({ where: { id: world.venue.id }, data: { status: "PENDING" } });
    await expectRefused(
      api.review.decideVenue({ venueId: pendingVenue.id, outcome: "APPROVED", reason: "" }),
      "FORBIDDEN",
      "OWN_ORGANISATION",
    );
    expect((await world.db.offerRevision.findUniqueOrThrow({ where: { id: revisionId } })).status).toBe("IN_REVIEW");
    expect((await world.db.venue.findUniqueOrThrow({ where: { id: pendingVenue.id } })).status).toBe("PENDING");
    await world.db.venue.update({ where: { id: world.venue.id }, data: { status: "APPROVED" } });
  });
});
