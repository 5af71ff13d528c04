import { makeSuspendedOrganisation, makeUser, testDatabaseKind } from "@free-city/db/testing";
import type { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerFor, expectRefused, useTestWorld } from "../../test/setup.ts";

const profile = {
  name: "Selly Oak Chess Club",
  type: "SPORTS_CLUB" as const,
  website: "https://chess.example.org",
  publicEmail: null,
  publicPhone: null,
  description: "",
};

/** The field → message pairs of a refused form, as the admin shows them. */
function fieldErrors(error: TRPCError): Record<string, string> {
  return Object.fromEntries(
    (error.cause as unknown as { issues: { path: string[]; message: string }[] }).issues.map((i) => [
      i.path.join("."),
      i.message,
    ]),
  );
}

describe(`partner organisations (${testDatabaseKind()})`, () => {
  const world = useTestWorld();

  it("registers an organisation only with the pledge agreed, and says which answers to fix", async () => {
    const api = callerFor(world.db, await makeUser(world.db));
    const refused = await expectRefused(
      api.organisation.create({
        ...profile,
        website: "http://chess.example.org",
        publicEmail: "not an email",
        publicPhone: "call us",
        name: "X",
        pledge: false as true,
      }),
      "BAD_REQUEST",
    );
    expect(fieldErrors(refused)).toEqual({
      name: "Organisation name must be at least 2 characters",
      website: "Enter a web address starting with https://",
      publicEmail: "Enter an email address like name@example.org",
      publicPhone: "Enter a phone number, like 0121 496 0000",
      pledge: "Agree to the partner pledge to continue",
    });
    await expectRefused(
      api.organisation.create({ ...profile, pledge: true, verificationStatus: "VERIFIED" } as never),
      "BAD_REQUEST",
    );
    expect(await world.db.organisation.count({ where: { name: { in: [profile.name, "X"] } } })).toBe(0);
  });

  it("starts unverified with the pledge dated, the registrar as its owner, and an audit event", async () => {
    const person = await makeUser(world.db);
    const api = callerFor(world.db, person);
    const before = new Date();
    const created = await api.organisation.create({
      ...profile,
      publicEmail: "Hello@Chess.example.org",
      publicPhone: "0121 496 0000",
      description: "Chess for 8–16s, every Saturday.",
      pledge: true,
    });
    expect(created).toMatchObject({
      name: profile.name,
      verificationStatus: "UNVERIFIED",
      slug: "selly-oak-chess-club",
    });
    expect((await api.organisation.mine()).map((m) => [m.organisation.id, m.role])).toEqual([[created.id, "OWNER"]]);
    const org = await world.db.organisation.findUniqueOrThrow({ where: { id: created.id } });
    expect(org).toMatchObject({
      verificationStatus: "UNVERIFIED",
      publicEmail: "hello@chess.example.org",
      suspendedAt: null,
    });
    expect(org.pledgeAgreedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const event = await world.db.auditEvent.findFirstOrThrow({
      where: { entityId: created.id, action: "organisation.created" },
    });
    expect(event).toMatchObject({
      actorId: person.id,
      organisationId: created.id,
      after: expect.objectContaining({ name: profile.name }),
    });
    // The same name again gets its own address.
    expect(
      (await callerFor(world.db, await makeUser(world.db)).organisation.create({ ...profile, pledge: true })).slug,
    ).toBe("selly-oak-chess-club-2");
  });

  it("refuses council staff registering partner organisations", async () => {
    for (const staff of [world.moderator, world.admin]) {
      await expectRefused(
        callerFor(world.db, staff).organisation.create({ ...profile, name: "Staff club", pledge: true }),
        "FORBIDDEN",
      );
    }
    expect(await world.db.organisation.count({ where: { name: "Staff club" } })).toBe(0);
  });

  it("shows members their own profile, and lets only owners change it, audited before and after", async () => {
    const owner = await makeUser(world.db);
    const member = await makeUser(world.db);
    const { id: organisationId } = await callerFor(world.db, owner).organisation.create({
      ...profile,
      name: "Profile club",
      pledge: true,
    });
    await world.db.membership.create({ data: { userId: member.id, organisationId, role: "MEMBER" } });
    expect(await callerFor(world.db, member).organisation.get({ organisationId })).toMatchObject({
      id: organisationId,
      name: "Profile club",
      website: profile.website,
      verificationStatus: "UNVERIFIED",
    });

    const update = { organisationId, ...profile, name: "Renamed club", description: "Now with juniors." };
    await expectRefused(callerFor(world.db, member).organisation.update(update), "FORBIDDEN", "OWNER_ONLY");
    expect((await world.db.organisation.findUniqueOrThrow({ where: { id: organisationId } })).name).toBe(
      "Profile club",
    );
    await expectRefused(
      callerFor(world.db, owner).organisation.update({ ...update, website: "ftp://files.example.org" }),
      "BAD_REQUEST",
    );

    await callerFor(world.db, owner).organisation.update(update);
    expect(await callerFor(world.db, member).organisation.get({ organisationId })).toMatchObject({
      name: "Renamed club",
      description: "Now with juniors.",
    });
    const event = await world.db.auditEvent.findFirstOrThrow({
      where: { entityId: organisationId, action: "organisation.updated" },
    });
    expect(event.before).toEqual({ name: "Profile club", description: "" });
    expect(event.after).toEqual({ name: "Renamed club", description: "Now with juniors." });
  });

  it("refuses anonymous callers, and members of another organisation see and change nothing of it", async () => {
    const anonymous = callerFor(world.db, null);
    await expectRefused(anonymous.organisation.mine(), "UNAUTHORIZED");
    await expectRefused(anonymous.organisation.create({ ...profile, pledge: true }), "UNAUTHORIZED");
    await expectRefused(anonymous.organisation.get({ organisationId: world.org.id }), "UNAUTHORIZED");
    await expectRefused(anonymous.organisation.update({ organisationId: world.org.id, ...profile }), "UNAUTHORIZED");

    const outsider = callerFor(world.db, world.otherPartner);
    const before = await world.db.organisation.findUniqueOrThrow({ where: { id: world.org.id } });
    for (const refusal of [
      await expectRefused(outsider.organisation.get({ organisationId: world.org.id }), "NOT_FOUND"),
      await expectRefused(
        outsider.organisation.update({ organisationId: world.org.id, ...profile, name: "Hijacked" }),
        "NOT_FOUND",
      ),
    ]) {
      expect(JSON.stringify({ message: refusal.message, cause: refusal.cause })).not.toContain(before.name);
    }
    expect(await world.db.organisation.findUniqueOrThrow({ where: { id: world.org.id } })).toEqual(before);
    expect((await outsider.organisation.mine()).map((m) => m.organisation.id)).toEqual([world.otherOrg.id]);
  });

  it("lets a suspended organisation's members read the profile but not change it", async () => {
    const owner = await makeUser(world.db);
    const suspended = await makeSuspendedOrganisation(world.db, { members: [{ userId: owner.id }] });
    const api = callerFor(world.db, owner);
    expect(await api.organisation.get({ organisationId: suspended.id })).toMatchObject({
      name: suspended.name,
      suspendedReason: "Test suspension",
    });
    await expectRefused(
      api.organisation.update({ organisationId: suspended.id, ...profile }),
      "FORBIDDEN",
      "ORGANISATION_SUSPENDED",
    );
    expect((await world.db.organisation.findUniqueOrThrow({ where: { id: suspended.id } })).name).toBe(suspended.name);
  });
});
