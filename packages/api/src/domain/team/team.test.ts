import { makeUser, testDatabaseKind, type TestDatabase } from "@free-city/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestDatabase, expectRefused, makeWorld, outbox, type World } from "../../test/setup.ts";

const profile = { name: "Selly Oak Chess Club", type: "SPORTS_CLUB" as const, website: "https://chess.example.org", publicEmail: null, publicPhone: null, description: "" };

describe(`organisations and teams (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  let world: World;
  beforeAll(async () => {
    test = await createTestDatabase();
    world = await makeWorld(test);
  });
  afterAll(() => test.close());

  /** Invites `email` and returns the token from the link in the email. */
  async function invite(organisationId: string, owner: Parameters<typeof callerFor>[1], email: string, role: "OWNER" | "MEMBER" = "MEMBER") {
    await callerFor(world.db, owner).team.invite({ organisationId, email, role });
    const sent = await outbox(world.db, email);
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(sent.at(-1)!.text)?.[1];
    expect(token, "the invitation email holds a link with a token").toBeTruthy();
    return token!;
  }

  it("registers an organisation: pledge required, starts unverified, the registrar owns it, audited", async () => {
    const person = await makeUser(world.db);
    const api = callerFor(world.db, person);
    const refused = await expectRefused(api.organisation.create({ ...profile, website: "not a website", pledge: false as true }), "BAD_REQUEST");
    const fields = (refused.cause as unknown as { issues: { path: string[]; message: string }[] }).issues.map((i) => [i.path.join("."), i.message]);
    expect(fields).toEqual(expect.arrayContaining([["pledge", "Agree to the partner pledge to continue"], ["website", "Enter a web address starting with https://"]]));

    const created = await api.organisation.create({ ...profile, pledge: true });
    expect(created).toMatchObject({ name: profile.name, verificationStatus: "UNVERIFIED", slug: "selly-oak-chess-club" });
    expect((await api.organisation.mine()).map((m) => [m.organisation.id, m.role])).toEqual([[created.id, "OWNER"]]);
    const org = await world.db.organisation.findUniqueOrThrow({ where: { id: created.id } });
    expect(org.pledgeAgreedAt).not.toBeNull();
    expect(await world.db.auditEvent.count({ where: { entityId: created.id, action: "organisation.created" } })).toBe(1);
    // A second one with the same name gets its own slug.
    expect((await callerFor(world.db, await makeUser(world.db)).organisation.create({ ...profile, pledge: true })).slug).toBe("selly-oak-chess-club-2");
  });

  it("refuses staff registering partner organisations", async () => {
    await expectRefused(callerFor(world.db, world.moderator).organisation.create({ ...profile, pledge: true }), "FORBIDDEN");
  });

  it("lets only owners change the profile, and records what changed", async () => {
    const member = await makeUser(world.db);
    await world.db.membership.create({ data: { userId: member.id, organisationId: world.org.id, role: "MEMBER" } });
    const update = { organisationId: world.org.id, ...profile, name: "Renamed" };
    await expectRefused(callerFor(world.db, member).organisation.update(update), "FORBIDDEN", "OWNER_ONLY");
    await callerFor(world.db, world.partner).organisation.update(update);
    const event = await world.db.auditEvent.findFirstOrThrow({ where: { entityId: world.org.id, action: "organisation.updated" } });
    expect(event.after).toMatchObject({ name: "Renamed" });
    await world.db.membership.deleteMany({ where: { userId: member.id } });
  });

  it("invites by email; the link joins only the invited person, once, and re-inviting replaces the old link", async () => {
    const first = await invite(world.org.id, world.partner, "new.member@example.org");
    const second = await invite(world.org.id, world.partner, "new.member@example.org");
    const email = (await outbox(world.db, "new.member@example.org")).at(-1)!;
    const { name } = await world.db.organisation.findUniqueOrThrow({ where: { id: world.org.id } });
    expect(email.subject).toBe(`Join ${name} on Free City`);
    expect(email.html).toContain(`http://admin.test/invitations/${second}`);
    // The token itself is never stored.
    expect(await world.db.invitation.count({ where: { tokenHash: second } })).toBe(0);

    const anonymous = callerFor(world.db, null);
    expect(await anonymous.team.getInvitation({ token: first })).toMatchObject({ status: "revoked" });
    expect(await anonymous.team.getInvitation({ token: second })).toEqual({ organisationName: name, email: "new.member@example.org", role: "MEMBER", status: "pending" });

    const stranger = await makeUser(world.db);
    await expectRefused(callerFor(world.db, stranger).team.acceptInvitation({ token: second }), "BAD_REQUEST", "INVITATION_INVALID");
    const invitee = await makeUser(world.db, { email: "new.member@example.org" });
    await expectRefused(callerFor(world.db, invitee).team.acceptInvitation({ token: first }), "BAD_REQUEST", "INVITATION_INVALID");
    expect(await callerFor(world.db, invitee).team.acceptInvitation({ token: second })).toEqual({ organisationId: world.org.id });
    expect(await callerFor(world.db, invitee).team.acceptInvitation({ token: second })).toEqual({ organisationId: world.org.id });
    const team = await callerFor(world.db, world.partner).team.list({ organisationId: world.org.id });
    expect(team.members.filter((m) => m.email === "new.member@example.org").map((m) => m.role)).toEqual(["MEMBER"]);
    expect(team.invitations).toEqual([]);
    await expectRefused(callerFor(world.db, world.partner).team.invite({ organisationId: world.org.id, email: "new.member@example.org", role: "MEMBER" }), "CONFLICT", "ALREADY_MEMBER");
  });

  it("refuses expired invitations, and shows waiting ones on the invitee's home page", async () => {
    const token = await invite(world.org.id, world.partner, "late@example.org");
    const late = await makeUser(world.db, { email: "late@example.org" });
    const [waiting] = await callerFor(world.db, late).team.myInvitations();
    expect(waiting).toMatchObject({ organisationName: (await world.db.organisation.findUniqueOrThrow({ where: { id: world.org.id } })).name, role: "MEMBER" });
    await world.db.invitation.updateMany({ where: { email: "late@example.org" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await callerFor(world.db, null).team.getInvitation({ token })).toMatchObject({ status: "expired" });
    await expectRefused(callerFor(world.db, late).team.acceptById({ invitationId: waiting!.id }), "BAD_REQUEST", "INVITATION_INVALID");
    expect(await callerFor(world.db, late).team.myInvitations()).toEqual([]);
  });

  it("always keeps an owner, even when two owners demote each other at the same moment", async () => {
    const owner2 = await makeUser(world.db);
    const org = await callerFor(world.db, world.partner).organisation.create({ ...profile, name: "Two owners", pledge: true });
    await world.db.membership.create({ data: { userId: owner2.id, organisationId: org.id, role: "OWNER" } });
    const results = await Promise.allSettled([
      callerFor(world.db, world.partner).team.changeRole({ organisationId: org.id, userId: owner2.id, role: "MEMBER" }),
      callerFor(world.db, owner2).team.changeRole({ organisationId: org.id, userId: world.partner.id, role: "MEMBER" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled").length).toBeLessThanOrEqual(1);
    expect(await world.db.membership.count({ where: { organisationId: org.id, role: "OWNER" } })).toBe(1);
    const [lastOwner] = await world.db.membership.findMany({ where: { organisationId: org.id, role: "OWNER" } });
    const api = callerFor(world.db, lastOwner!.userId === world.partner.id ? world.partner : owner2);
    await expectRefused(api.team.removeMember({ organisationId: org.id, userId: lastOwner!.userId }), "CONFLICT", "LAST_OWNER");
    await expectRefused(api.team.changeRole({ organisationId: org.id, userId: lastOwner!.userId, role: "MEMBER" }), "CONFLICT", "LAST_OWNER");
  });

  it("lets a member leave but not remove others; owners remove anyone", async () => {
    const [a, b] = [await makeUser(world.db), await makeUser(world.db)];
    await world.db.membership.createMany({ data: [a, b].map((u) => ({ userId: u.id, organisationId: world.org.id, role: "MEMBER" as const })) });
    await expectRefused(callerFor(world.db, a).team.removeMember({ organisationId: world.org.id, userId: b.id }), "FORBIDDEN", "OWNER_ONLY");
    await callerFor(world.db, a).team.removeMember({ organisationId: world.org.id, userId: a.id });
    await callerFor(world.db, world.partner).team.removeMember({ organisationId: world.org.id, userId: b.id });
    expect(await world.db.membership.count({ where: { userId: { in: [a.id, b.id] } } })).toBe(0);
    expect(await world.db.auditEvent.count({ where: { action: { in: ["membership.left", "membership.removed"] }, entityId: { in: [a.id, b.id] } } })).toBe(2);
  });

  it("lets a suspended organisation's members see the team but change nothing", async () => {
    await world.db.organisation.update({ where: { id: world.otherOrg.id }, data: { suspendedAt: new Date(), suspendedReason: "Checking a complaint" } });
    const api = callerFor(world.db, world.otherPartner);
    expect((await api.team.list({ organisationId: world.otherOrg.id })).members).toHaveLength(1);
    await expectRefused(api.team.invite({ organisationId: world.otherOrg.id, email: "x@example.org", role: "MEMBER" }), "FORBIDDEN", "ORGANISATION_SUSPENDED");
    await world.db.organisation.update({ where: { id: world.otherOrg.id }, data: { suspendedAt: null, suspendedReason: null } });
  });
});
