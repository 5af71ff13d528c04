import { testDatabaseKind } from "@free-city/db/testing";
import { ukPostcode } from "@free-city/schemas";
import { beforeAll, describe, expect, it } from "vitest";
import {
  callerFor,
  expectRefused,
  fillAllSections,
  mapVenuePostcode,
  outbox,
  useTestWorld,
  venueFields,
} from "../../test/setup.ts";

describe("UK postcodes", () => {
  it.each([
    ["b152tt", "B15 2TT"],
    [" B15 2TT ", "B15 2TT"],
    ["b1 1aa", "B1 1AA"],
    ["WV10  6QH", "WV10 6QH"],
    ["sw1a1aa", "SW1A 1AA"],
  ])("tidies %j to %j", (typed, normalised) => expect(ukPostcode.parse(typed)).toBe(normalised));

  it.each(["B15", "12345", "B15 2T", "BB15 22TT", ""])(
    "refuses %j with a message saying what a postcode looks like",
    (typed) => {
      const result = ukPostcode.safeParse(typed);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("Enter a full UK postcode, like B15 2TT");
    },
  );
});

describe(`venues through the API (${testDatabaseKind()})`, () => {
  const world = useTestWorld();
  const venue = (overrides: Record<string, unknown> = {}) => venueFields(world, overrides);
  beforeAll(() => mapVenuePostcode(world));

  it("creates a venue waiting for the council, with a tidy postcode and an audit event", async () => {
    const api = callerFor(world.db, world.partner);
    const created = await api.venue.create({ organisationId: world.org.id, ...venue() });
    expect(created.status).toBe("PENDING");
    const saved = await api.venue.get({ organisationId: world.org.id, venueId: created.id });
    expect(saved).toMatchObject({
      postcode: "B14 7SW",
      accessFeatures: ["STEP_FREE"],
      openingHours: [{ day: 1, opens: "09:00", closes: "17:00" }],
    });
    expect(await world.db.auditEvent.count({ where: { entityId: created.id, action: "venue.created" } })).toBe(1);
  });

  it("suggests the district from the postcode, using only the city's own list", async () => {
    const api = callerFor(world.db, world.partner);
    expect(await api.venue.suggestDistrict({ postcode: "b14 7sw" })).toEqual({
      districtId: world.district.id,
      districtName: world.district.name,
    });
    expect(await api.venue.suggestDistrict({ postcode: "ZZ9 9ZZ" })).toBeNull();
  });

  it("says by the field when coordinates are outside the city, half given, or the closing time is wrong", async () => {
    const api = callerFor(world.db, world.partner);
    const outside = await expectRefused(
      api.venue.create({ organisationId: world.org.id, ...venue({ latitude: 51.5, longitude: -0.12 }) }),
      "BAD_REQUEST",
      "INVALID_FIELDS",
    );
    expect(
      (outside.cause as { detail?: { fieldErrors?: Record<string, string> } }).detail?.fieldErrors?.latitude,
    ).toMatch(/outside/);
    const half = await expectRefused(
      api.venue.create({ organisationId: world.org.id, ...venue({ latitude: 52.45 }) }),
      "BAD_REQUEST",
    );
    expect(JSON.stringify(half.cause)).toContain("Enter both the latitude and the longitude, or neither");
    const hours = await expectRefused(
      api.venue.create({
        organisationId: world.org.id,
        ...venue({ openingHours: [{ day: 2, opens: "17:00", closes: "09:00" }] }),
      }),
      "BAD_REQUEST",
    );
    expect(JSON.stringify(hours.cause)).toContain("The closing time must be after the opening time");
    await expect(
      api.venue.create({ organisationId: world.org.id, ...venue({ latitude: 52.45, longitude: -1.9 }) }),
    ).resolves.toMatchObject({ status: "PENDING" });
  });

  it("edits keep the state and audit only what changed; an archived venue can't be edited", async () => {
    const api = callerFor(world.db, world.partner);
    const { id } = await api.venue.create({ organisationId: world.org.id, ...venue({ name: "Old name" }) });
    await api.venue.update({ organisationId: world.org.id, venueId: id, ...venue({ name: "New name" }) });
    const event = await world.db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "venue.updated" } });
    expect(event.before).toEqual({ name: "Old name" });
    expect(event.after).toEqual({ name: "New name" });
    await api.venue.archive({ organisationId: world.org.id, venueId: id });
    await expectRefused(api.venue.update({ organisationId: world.org.id, venueId: id, ...venue() }), "CONFLICT");
  });

  it("won't archive a venue a live or in-review offer uses, naming the offer", async () => {
    const api = callerFor(world.db, world.partner);
    const offer = await api.offer.create({ organisationId: world.org.id, title: "Uses the venue" });
    await fillAllSections(world, offer.id, { ...world.content, title: "Uses the venue" });
    await api.offer.submit({ organisationId: world.org.id, offerId: offer.id });
    const refused = await expectRefused(
      api.venue.archive({ organisationId: world.org.id, venueId: world.venue.id }),
      "CONFLICT",
      "VENUE_IN_USE",
    );
    expect(refused.message).toContain("“Uses the venue”");
    expect((await world.db.venue.findUniqueOrThrow({ where: { id: world.venue.id } })).status).toBe("APPROVED");
  });

  it("lets an offer use only the organisation's own venues and the council's categories", async () => {
    const api = callerFor(world.db, world.partner);
    const offer = await api.offer.create({ organisationId: world.org.id, title: "Where is it" });
    const ref = { organisationId: world.org.id, offerId: offer.id };
    const theirs = await world.db.venue.create({
      data: {
        organisationId: world.otherOrg.id,
        districtId: world.district.id,
        slug: "theirs",
        name: "Their hall",
        addressLine1: "1 Road",
        town: "Birmingham",
        postcode: "B1 1AA",
        status: "APPROVED",
      },
    });
    const refused = await expectRefused(
      api.offer.saveSection({ ...ref, section: "where", values: { venueIds: [theirs.id] } }),
      "BAD_REQUEST",
      "INVALID_FIELDS",
    );
    expect((refused.cause as { detail?: { fieldErrors?: Record<string, string> } }).detail?.fieldErrors).toEqual({
      venueIds: "Choose from your organisation's venues",
    });
    await expectRefused(
      api.offer.saveSection({
        ...ref,
        section: "basics",
        values: { title: "Where is it", summary: "A summary long enough.", description: "", categoryIds: ["made-up"] },
      }),
      "BAD_REQUEST",
      "INVALID_FIELDS",
    );
    await expect(
      api.offer.saveSection({ ...ref, section: "where", values: { venueIds: [world.venue.id] } }),
    ).resolves.toBeTruthy();
  });

  it("lets a suspended organisation's members see their venues but not add one", async () => {
    await world.db.organisation.update({ where: { id: world.otherOrg.id }, data: { suspendedAt: new Date() } });
    const api = callerFor(world.db, world.otherPartner);
    expect((await api.venue.list({ organisationId: world.otherOrg.id })).map((v) => v.name)).toContain("Their hall");
    await expectRefused(
      api.venue.create({ organisationId: world.otherOrg.id, ...venue() }),
      "FORBIDDEN",
      "ORGANISATION_SUSPENDED",
    );
    await world.db.organisation.update({ where: { id: world.otherOrg.id }, data: { suspendedAt: null } });
  });

  it("sends a change to an approved venue to review: the approved details stay public until a reviewer approves", async () => {
    const api = callerFor(world.db, world.partner);
    const moderator = callerFor(world.db, world.moderator);
    const anonymous = callerFor(world.db, null);
    const { id } = await api.venue.create({ organisationId: world.org.id, ...venue({ name: "Approved hall" }) });
    await moderator.review.decideVenue({ venueId: id, outcome: "APPROVED", reason: "" });
    const { slug } = await world.db.venue.findUniqueOrThrow({ where: { id } });
    const ref = { organisationId: world.org.id, venueId: id };

    const edit = venue({ name: "Renamed hall", phone: "0121 496 0000", accessFeatures: ["LIFT"] });
    await expect(api.venue.update({ ...ref, ...edit })).resolves.toMatchObject({ status: "APPROVED", pending: true });
    const stored = await world.db.venue.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ name: "Approved hall", phone: null, accessFeatures: ["STEP_FREE"] });
    expect(stored.pendingChanges).toMatchObject({ name: "Renamed hall" });
    // The portal keeps the approved details (the venue page reads the columns).
    const publicVenue = JSON.stringify(await anonymous.listing.venue({ slug }).catch(() => ({})));
    expect(publicVenue).not.toContain("Renamed hall");

    // The review queue and the review page show it, with the changed fields.
    const queue = await moderator.review.queue({ kind: "venue" });
    expect(queue.find((i) => i.id === id)?.title).toBe("Changes to Approved hall");
    const review = await moderator.review.venue({ venueId: id });
    expect(review.changes.map((c) => c.field).sort()).toEqual(["accessFeatures", "name", "phone"]);
    expect(review.changes.find((c) => c.field === "name")).toEqual({
      field: "name",
      before: "Approved hall",
      after: "Renamed hall",
    });

    // Rejected: nothing public changes; the reason shows where they edit, and the owners are emailed it.
    await expectRefused(moderator.review.decideVenue({ venueId: id, outcome: "REJECTED", reason: "" }), "BAD_REQUEST");
    await moderator.review.decideVenue({ venueId: id, outcome: "REJECTED", reason: "That phone number is a mobile." });
    expect(await api.venue.get(ref)).toMatchObject({
      name: "Approved hall",
      status: "APPROVED",
      pendingChanges: null,
      decisionReason: "That phone number is a mobile.",
    });
    const mail = (await outbox(world.db, world.partner.email)).at(-1);
    expect(mail?.subject).toBe("Venue changes not accepted: Approved hall");
    expect(mail?.text).toContain("That phone number is a mobile.");

    // Sent again and approved: the new details replace the public ones in the same transaction.
    await api.venue.update({ ...ref, ...edit });
    await moderator.review.decideVenue({ venueId: id, outcome: "APPROVED", reason: "" });
    expect(await world.db.venue.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Renamed hall",
      phone: "0121 496 0000",
      accessFeatures: ["LIFT"],
      status: "APPROVED",
      pendingChanges: null,
    });
    expect((await outbox(world.db, world.partner.email)).at(-1)?.subject).toBe("Venue changes approved: Renamed hall");
    await expectRefused(moderator.review.decideVenue({ venueId: id, outcome: "APPROVED", reason: "" }), "CONFLICT");
  });

  it("sends a change to a verified organisation's public details to review, with the diff and a reason by email", async () => {
    const owner = callerFor(world.db, world.partner);
    const moderator = callerFor(world.db, world.moderator);
    const before = await world.db.organisation.findUniqueOrThrow({ where: { id: world.org.id } });
    expect(before.verificationStatus).toBe("VERIFIED");
    const profile = {
      name: "Renamed Collective",
      type: before.type,
      website: "https://renamed.example.org",
      publicEmail: before.publicEmail,
      publicPhone: before.publicPhone,
      description: before.description,
    };
    await expect(owner.organisation.update({ organisationId: world.org.id, ...profile })).resolves.toMatchObject({
      pending: true,
    });
    expect((await world.db.organisation.findUniqueOrThrow({ where: { id: world.org.id } })).name).toBe(before.name);
    const review = await moderator.review.organisation({ organisationId: world.org.id });
    expect(review.changes.map((c) => c.field).sort()).toEqual(["name", "website"]);
    expect((await moderator.review.queue({ kind: "organisation" })).map((i) => i.title)).toContain(
      `Changes to ${before.name}'s details`,
    );
    await moderator.review.decideOrganisation({
      organisationId: world.org.id,
      action: "reject-changes",
      reason: "Use the name on your charity registration.",
    });
    const rejected = await world.db.organisation.findUniqueOrThrow({ where: { id: world.org.id } });
    expect(rejected).toMatchObject({
      name: before.name,
      pendingProfile: null,
      decisionReason: "Use the name on your charity registration.",
    });
    expect((await outbox(world.db, world.partner.email)).at(-1)?.text).toContain(
      "Use the name on your charity registration.",
    );

    await owner.organisation.update({ organisationId: world.org.id, ...profile });
    await moderator.review.decideOrganisation({ organisationId: world.org.id, action: "approve-changes", reason: "" });
    expect(await world.db.organisation.findUniqueOrThrow({ where: { id: world.org.id } })).toMatchObject({
      name: "Renamed Collective",
      website: "https://renamed.example.org",
      pendingProfile: null,
    });
  });
});
