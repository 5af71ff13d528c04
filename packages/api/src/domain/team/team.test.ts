import type { User } from "@free-city/db";
import { makeOrganisation, makeUser, testDatabaseKind } from "@free-city/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, deliverQueuedEmails, expectRefused, outbox, useTestWorld } from "../../test/setup.ts";
import { UNVERIFIED_INVITATION_LIMITS } from "./invite-member.ts";

describe(`partner teams (${testDatabaseKind()})`, () => {
  const world = useTestWorld();

  /** A fresh organisation owned by `owner` (and any `members`), so each test's team starts known. */
  async function team(owner: User, members: { user: User; role?: "OWNER" | "MEMBER" }[] = []) {
    const org = await makeOrganisation(world.db, {
      members: [{ userId: owner.id }, ...members.map((m) => ({ userId: m.user.id, role: m.role ?? "MEMBER" }))],
    });
    return org.id;
  }

  /** Invites `email` and returns the token from the link in the email. */
  async function invite(organisationId: string, owner: User, email: string, role: "OWNER" | "MEMBER" = "MEMBER") {
    await callerFor(world.db, owner).team.invite({ organisationId, email, role });
    const sent = await outbox(world.db, email.toLowerCase());
    const token = /http:\/\/admin\.test\/invitations\/([A-Za-z0-9_-]{43})\b/.exec(sent.at(-1)!.text)?.[1];
    expect(token, "the invitation email holds a link with a token").toBeTruthy();
    return token!;
  }

  it("invites by email: a link with a token whose hash alone is stored, an escaped email, an audit without the token", async () => {
    const owner = await makeUser(world.db);
    const org = await makeOrganisation(world.db, { members: [{ userId: owner.id }] });
    await world.db.organisation.update({ where: { id: org.id }, data: { name: "Kids <b>Club</b> & Co" } });
    const token = await invite(org.id, owner, "New.Person@Example.org", "OWNER");
    const [email] = await outbox(world.db, "new.person@example.org");
    expect(email!.subject).toBe("Join Kids <b>Club</b> & Co on Free City");
    expect(email!.text).toContain("as an owner");
    expect(email!.html).toContain("Kids &lt;b&gt;Club&lt;/b&gt; &amp; Co");
    expect(email!.html).not.toContain("<b>Club");
    expect(email!.html).toContain(`http://admin.test/invitations/${token}`);

    const stored = await world.db.invitation.findFirstOrThrow({ where: { organisationId: org.id } });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(7 * 86_400_000);
    const audit = await world.db.auditEvent.findFirstOrThrow({
      where: { entityId: stored.id, action: "invitation.created" },
    });
    expect(JSON.stringify(audit)).not.toContain(token);

    const listed = await callerFor(world.db, owner).team.list({ organisationId: org.id });
    expect(listed.members).toEqual([
      expect.objectContaining({ userId: owner.id, email: owner.email, role: "OWNER", joinedAt: expect.any(Date) }),
    ]);
    expect(listed.invitations).toEqual([
      {
        id: stored.id,
        email: "new.person@example.org",
        role: "OWNER",
        expiresAt: stored.expiresAt,
        invitedBy: owner.email,
      },
    ]);
  });

  it("queues the email in the invitation's transaction: a refused invitation leaves no invitation and no email", async () => {
    const owner = await makeUser(world.db);
    const member = await makeUser(world.db);
    const organisationId = await team(owner, [{ user: member }]);
    const queued = () =>
      world.db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'send-email'`.then((r) => r[0]!.n);
    await deliverQueuedEmails(world.db);
    expect(await queued()).toBe(0);
    await callerFor(world.db, owner).team.invite({ organisationId, email: "queued@example.org", role: "MEMBER" });
    // Committed with its invitation, and not yet sent: the worker sends it.
    expect(await queued()).toBe(1);
    expect(await world.db.outboxEmail.count({ where: { to: "queued@example.org" } })).toBe(0);
    await expectRefused(
      callerFor(world.db, owner).team.invite({ organisationId, email: member.email, role: "OWNER" }),
      "CONFLICT",
      "ALREADY_MEMBER",
    );
    expect(await queued()).toBe(1);
    expect(await outbox(world.db, "queued@example.org")).toHaveLength(1);
    expect(await outbox(world.db, member.email)).toHaveLength(0);
    expect(await queued()).toBe(0);
  });

  it("joins only the invited person, harmlessly twice, and re-inviting replaces the old link", async () => {
    const owner = await makeUser(world.db);
    const organisationId = await team(owner);
    const { name } = await world.db.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    const first = await invite(organisationId, owner, "joiner@example.org");
    const second = await invite(organisationId, owner, "joiner@example.org");
    const anonymous = callerFor(world.db, null);
    expect(await anonymous.team.getInvitation({ token: first })).toMatchObject({ status: "revoked" });
    expect(await anonymous.team.getInvitation({ token: second })).toEqual({
      organisationName: name,
      email: "joiner@example.org",
      role: "MEMBER",
      status: "pending",
    });
    await expectRefused(anonymous.team.getInvitation({ token: "x".repeat(43) }), "NOT_FOUND");
    expect((await callerFor(world.db, owner).team.list({ organisationId })).invitations.map((i) => i.email)).toEqual([
      "joiner@example.org",
    ]);

    const stranger = await makeUser(world.db);
    await expectRefused(
      callerFor(world.db, stranger).team.acceptInvitation({ token: second }),
      "BAD_REQUEST",
      "INVITATION_INVALID",
    );
    const invitee = await makeUser(world.db, { email: "Joiner@Example.org" });
    const api = callerFor(world.db, invitee);
    await expectRefused(api.team.acceptInvitation({ token: first }), "BAD_REQUEST", "INVITATION_INVALID");
    expect(await api.team.acceptInvitation({ token: second })).toEqual({ organisationId });
    expect(await api.team.acceptInvitation({ token: second })).toEqual({ organisationId });
    expect(await anonymous.team.getInvitation({ token: second })).toMatchObject({ status: "accepted" });
    expect(
      await world.db.membership.findMany({ where: { organisationId, userId: invitee.id }, select: { role: true } }),
    ).toEqual([{ role: "MEMBER" }]);
    expect(
      await world.db.auditEvent.count({
        where: { organisationId, action: "membership.created", entityId: invitee.id },
      }),
    ).toBe(1);
    expect((await callerFor(world.db, owner).team.list({ organisationId })).invitations).toEqual([]);
    await expectRefused(
      callerFor(world.db, owner).team.invite({ organisationId, email: "JOINER@example.org", role: "MEMBER" }),
      "CONFLICT",
      "ALREADY_MEMBER",
    );

    // Once removed, the used link does not let them back in.
    await callerFor(world.db, owner).team.removeMember({ organisationId, userId: invitee.id });
    await expectRefused(api.team.acceptInvitation({ token: second }), "BAD_REQUEST", "INVITATION_INVALID");
    expect(await world.db.membership.count({ where: { organisationId, userId: invitee.id } })).toBe(0);
  });

  it("refuses expired and revoked invitations, and lists the waiting ones for the invitee to accept", async () => {
    const owner = await makeUser(world.db);
    const organisationId = await team(owner);
    const { name } = await world.db.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    const late = await makeUser(world.db, { email: "late@example.org" });
    const token = await invite(organisationId, owner, "late@example.org");
    const [waiting] = await callerFor(world.db, late).team.myInvitations();
    expect(waiting).toEqual({
      id: expect.any(String),
      organisationName: name,
      role: "MEMBER",
      expiresAt: expect.any(Date),
    });
    expect(await callerFor(world.db, world.partner).team.myInvitations()).toEqual([]);
    await expectRefused(
      callerFor(world.db, world.partner).team.acceptById({ invitationId: waiting!.id }),
      "BAD_REQUEST",
      "INVITATION_INVALID",
    );
    await world.db.invitation.update({ where: { id: waiting!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await callerFor(world.db, null).team.getInvitation({ token })).toMatchObject({ status: "expired" });
    await expectRefused(
      callerFor(world.db, late).team.acceptById({ invitationId: waiting!.id }),
      "BAD_REQUEST",
      "INVITATION_INVALID",
    );
    await expectRefused(
      callerFor(world.db, late).team.acceptInvitation({ token }),
      "BAD_REQUEST",
      "INVITATION_INVALID",
    );
    expect(await callerFor(world.db, late).team.myInvitations()).toEqual([]);

    const revokable = await invite(organisationId, owner, "late@example.org");
    const [pending] = await callerFor(world.db, late).team.myInvitations();
    await callerFor(world.db, owner).team.revokeInvitation({ organisationId, invitationId: pending!.id });
    expect(await world.db.auditEvent.count({ where: { entityId: pending!.id, action: "invitation.revoked" } })).toBe(1);
    expect(await callerFor(world.db, null).team.getInvitation({ token: revokable })).toMatchObject({
      status: "revoked",
    });
    await expectRefused(
      callerFor(world.db, late).team.acceptInvitation({ token: revokable }),
      "BAD_REQUEST",
      "INVITATION_INVALID",
    );
    await expectRefused(
      callerFor(world.db, late).team.acceptById({ invitationId: pending!.id }),
      "BAD_REQUEST",
      "INVITATION_INVALID",
    );
    await expectRefused(
      callerFor(world.db, owner).team.revokeInvitation({ organisationId, invitationId: pending!.id }),
      "NOT_FOUND",
    );
    expect(await world.db.membership.count({ where: { userId: late.id } })).toBe(0);
  });

  it("lets the invitee accept a waiting invitation by id with the role it offered", async () => {
    const owner = await makeUser(world.db);
    const organisationId = await team(owner);
    const firstTimer = await makeUser(world.db, { email: "first.timer@example.org" });
    await invite(organisationId, owner, "first.timer@example.org", "OWNER");
    const [waiting] = await callerFor(world.db, firstTimer).team.myInvitations();
    expect(await callerFor(world.db, firstTimer).team.acceptById({ invitationId: waiting!.id })).toEqual({
      organisationId,
    });
    expect((await callerFor(world.db, firstTimer).organisation.mine()).map((m) => [m.organisation.id, m.role])).toEqual(
      [[organisationId, "OWNER"]],
    );
  });

  it("lets only owners invite, revoke and change roles", async () => {
    const owner = await makeUser(world.db);
    const member = await makeUser(world.db);
    const organisationId = await team(owner, [{ user: member }]);
    await invite(organisationId, owner, "someone@example.org");
    const [pending] = (await callerFor(world.db, member).team.list({ organisationId })).invitations;
    const api = callerFor(world.db, member);
    await expectRefused(
      api.team.invite({ organisationId, email: "friend@example.org", role: "MEMBER" }),
      "FORBIDDEN",
      "OWNER_ONLY",
    );
    await expectRefused(
      api.team.revokeInvitation({ organisationId, invitationId: pending!.id }),
      "FORBIDDEN",
      "OWNER_ONLY",
    );
    await expectRefused(
      api.team.changeRole({ organisationId, userId: member.id, role: "OWNER" }),
      "FORBIDDEN",
      "OWNER_ONLY",
    );
    expect(await outbox(world.db, "friend@example.org")).toEqual([]);
    expect(await world.db.invitation.count({ where: { id: pending!.id, revokedAt: null } })).toBe(1);

    await callerFor(world.db, owner).team.changeRole({ organisationId, userId: member.id, role: "OWNER" });
    const event = await world.db.auditEvent.findFirstOrThrow({
      where: { organisationId, action: "membership.role_changed", entityId: member.id },
    });
    expect([event.before, event.after]).toEqual([{ role: "MEMBER" }, { role: "OWNER" }]);
  });

  it("always keeps an owner, even when two owners demote each other at the same moment", async () => {
    const [a, b] = [await makeUser(world.db), await makeUser(world.db)];
    const organisationId = await team(a, [{ user: b, role: "OWNER" }]);
    const results = await Promise.allSettled([
      callerFor(world.db, a).team.changeRole({ organisationId, userId: b.id, role: "MEMBER" }),
      callerFor(world.db, b).team.changeRole({ organisationId, userId: a.id, role: "MEMBER" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await world.db.membership.count({ where: { organisationId, role: "OWNER" } })).toBe(1);
    const [lastOwner] = await world.db.membership.findMany({ where: { organisationId, role: "OWNER" } });
    const api = callerFor(world.db, lastOwner!.userId === a.id ? a : b);
    await expectRefused(api.team.removeMember({ organisationId, userId: lastOwner!.userId }), "CONFLICT", "LAST_OWNER");
    await expectRefused(
      api.team.changeRole({ organisationId, userId: lastOwner!.userId, role: "MEMBER" }),
      "CONFLICT",
      "LAST_OWNER",
    );
    expect(await world.db.membership.count({ where: { organisationId, role: "OWNER" } })).toBe(1);
  });

  it("keeps an owner when two owners each remove the other at the same moment", async () => {
    const [a, b] = [await makeUser(world.db), await makeUser(world.db)];
    const organisationId = await team(a, [{ user: b, role: "OWNER" }]);
    const results = await Promise.allSettled([
      callerFor(world.db, a).team.removeMember({ organisationId, userId: b.id }),
      callerFor(world.db, b).team.removeMember({ organisationId, userId: a.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await world.db.membership.findMany({ where: { organisationId }, select: { role: true } })).toEqual([
      { role: "OWNER" },
    ]);
  });

  it("lets a member leave but not remove others; owners remove anyone", async () => {
    const owner = await makeUser(world.db);
    const [a, b] = [await makeUser(world.db), await makeUser(world.db)];
    const organisationId = await team(owner, [{ user: a }, { user: b }]);
    await expectRefused(
      callerFor(world.db, a).team.removeMember({ organisationId, userId: b.id }),
      "FORBIDDEN",
      "OWNER_ONLY",
    );
    await expectRefused(
      callerFor(world.db, a).team.removeMember({ organisationId, userId: owner.id }),
      "FORBIDDEN",
      "OWNER_ONLY",
    );
    await callerFor(world.db, a).team.removeMember({ organisationId, userId: a.id });
    await callerFor(world.db, owner).team.removeMember({ organisationId, userId: b.id });
    expect(await world.db.membership.findMany({ where: { organisationId }, select: { userId: true } })).toEqual([
      { userId: owner.id },
    ]);
    const events = await world.db.auditEvent.findMany({
      where: { organisationId, action: { in: ["membership.left", "membership.removed"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.action, e.entityId, e.actorId])).toEqual([
      ["membership.left", a.id, a.id],
      ["membership.removed", b.id, owner.id],
    ]);
    // Having left, they are an outsider.
    await expectRefused(callerFor(world.db, a).team.list({ organisationId }), "NOT_FOUND");
  });

  it("refuses anonymous callers on everything but the invitation landing page", async () => {
    const anonymous = callerFor(world.db, null);
    const organisationId = world.org.id;
    const ref = { organisationId, userId: world.partner.id };
    for (const call of [
      anonymous.team.list({ organisationId }),
      anonymous.team.invite({ organisationId, email: "anon@example.org", role: "OWNER" }),
      anonymous.team.revokeInvitation({ organisationId, invitationId: "anything" }),
      anonymous.team.changeRole({ ...ref, role: "MEMBER" }),
      anonymous.team.removeMember(ref),
      anonymous.team.acceptInvitation({ token: "x".repeat(43) }),
      anonymous.team.myInvitations(),
      anonymous.team.acceptById({ invitationId: "anything" }),
    ]) {
      await expectRefused(call, "UNAUTHORIZED", "NOT_SIGNED_IN");
    }
    expect(await outbox(world.db, "anon@example.org")).toEqual([]);
  });

  it("refuses members of another organisation with NOT_FOUND, changes nothing and shows none of its data", async () => {
    const victimOwner = await makeUser(world.db);
    const victimMember = await makeUser(world.db, { email: "victim.member@example.org" });
    const organisationId = await team(victimOwner, [{ user: victimMember }]);
    const victimToken = await invite(organisationId, victimOwner, "victim.invitee@example.org");
    const victimInvitation = await world.db.invitation.findFirstOrThrow({ where: { organisationId } });
    const outsider = callerFor(world.db, world.otherPartner);
    const own = world.otherOrg.id;
    const refusals = [
      await expectRefused(outsider.team.list({ organisationId }), "NOT_FOUND"),
      await expectRefused(
        outsider.team.invite({ organisationId, email: "spy@example.org", role: "OWNER" }),
        "NOT_FOUND",
      ),
      await expectRefused(
        outsider.team.revokeInvitation({ organisationId, invitationId: victimInvitation.id }),
        "NOT_FOUND",
      ),
      await expectRefused(
        outsider.team.changeRole({ organisationId, userId: victimMember.id, role: "OWNER" }),
        "NOT_FOUND",
      ),
      await expectRefused(outsider.team.removeMember({ organisationId, userId: victimMember.id }), "NOT_FOUND"),
      // Their own organisation's id with the victim's invitation or member: still nothing.
      await expectRefused(
        outsider.team.revokeInvitation({ organisationId: own, invitationId: victimInvitation.id }),
        "NOT_FOUND",
      ),
      await expectRefused(
        outsider.team.changeRole({ organisationId: own, userId: victimMember.id, role: "OWNER" }),
        "NOT_FOUND",
      ),
      await expectRefused(outsider.team.removeMember({ organisationId: own, userId: victimMember.id }), "NOT_FOUND"),
      await expectRefused(outsider.team.acceptInvitation({ token: victimToken }), "BAD_REQUEST", "INVITATION_INVALID"),
      await expectRefused(
        outsider.team.acceptById({ invitationId: victimInvitation.id }),
        "BAD_REQUEST",
        "INVITATION_INVALID",
      ),
    ];
    const { name } = await world.db.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    for (const refusal of refusals) {
      const text = JSON.stringify({ message: refusal.message, cause: refusal.cause });
      for (const secret of [name, victimOwner.email, victimMember.email, "victim.invitee@example.org"])
        expect(text).not.toContain(secret);
    }
    expect((await outsider.team.list({ organisationId: own })).members.map((m) => m.email)).toEqual([
      world.otherPartner.email,
    ]);
    expect(await outsider.team.myInvitations()).toEqual([]);
    expect(await outbox(world.db, "spy@example.org")).toEqual([]);
    expect(await world.db.invitation.findUniqueOrThrow({ where: { id: victimInvitation.id } })).toEqual(
      victimInvitation,
    );
    expect(
      await world.db.membership.findMany({
        where: { organisationId },
        select: { userId: true, role: true },
        orderBy: { role: "asc" },
      }),
    ).toEqual([
      { userId: victimOwner.id, role: "OWNER" },
      { userId: victimMember.id, role: "MEMBER" },
    ]);
  });

  it("lets a suspended organisation's members see the team but change nothing", async () => {
    const owner = await makeUser(world.db);
    const member = await makeUser(world.db);
    const suspended = await makeOrganisation(world.db, {
      members: [{ userId: owner.id }, { userId: member.id, role: "MEMBER" }],
      suspended: true,
    });
    const organisationId = suspended.id;
    const api = callerFor(world.db, owner);
    expect((await api.team.list({ organisationId })).members).toHaveLength(2);
    await expectRefused(
      api.team.invite({ organisationId, email: "while.suspended@example.org", role: "MEMBER" }),
      "FORBIDDEN",
      "ORGANISATION_SUSPENDED",
    );
    await expectRefused(
      api.team.changeRole({ organisationId, userId: member.id, role: "OWNER" }),
      "FORBIDDEN",
      "ORGANISATION_SUSPENDED",
    );
    await expectRefused(
      api.team.removeMember({ organisationId, userId: member.id }),
      "FORBIDDEN",
      "ORGANISATION_SUSPENDED",
    );
    await expectRefused(
      callerFor(world.db, member).team.removeMember({ organisationId, userId: member.id }),
      "FORBIDDEN",
      "ORGANISATION_SUSPENDED",
    );
    expect(await outbox(world.db, "while.suspended@example.org")).toEqual([]);
    expect(await world.db.membership.count({ where: { organisationId } })).toBe(2);
  });

  it("lets an unverified organisation have only 3 invitations waiting and send only 5 a day, with messages a partner understands", async () => {
    const owner = await makeUser(world.db);
    const org = await makeOrganisation(world.db, { members: [{ userId: owner.id }] });
    await world.db.organisation.update({ where: { id: org.id }, data: { verificationStatus: "UNVERIFIED" } });
    const api = callerFor(world.db, owner);
    const send = (n: number) =>
      api.team.invite({ organisationId: org.id, email: `flood${n}@example.org`, role: "MEMBER" });
    for (let n = 1; n <= UNVERIFIED_INVITATION_LIMITS.pending; n++) await send(n);
    const pending = await expectRefused(send(4), "TOO_MANY_REQUESTS", "INVITATIONS_PENDING_LIMIT");
    expect(pending.message).toMatch(/3 invitations waiting/);
    // Sending the same person a new link replaces theirs: still 3 waiting.
    await api.team.invite({ organisationId: org.id, email: "flood1@example.org", role: "MEMBER" });
    // Cancelling one makes room, but the day's allowance (5 sent) then runs out.
    const waiting = await world.db.invitation.findFirstOrThrow({
      where: { organisationId: org.id, email: "flood2@example.org", revokedAt: null },
    });
    await api.team.revokeInvitation({ organisationId: org.id, invitationId: waiting.id });
    await send(5);
    const revoked = await world.db.invitation.findFirstOrThrow({
      where: { organisationId: org.id, email: "flood3@example.org", revokedAt: null },
    });
    await api.team.revokeInvitation({ organisationId: org.id, invitationId: revoked.id });
    const daily = await expectRefused(send(6), "TOO_MANY_REQUESTS", "INVITATIONS_DAILY_LIMIT");
    expect(daily.message).toMatch(/5 invitations a day/);
    expect(await outbox(world.db, "flood6@example.org")).toEqual([]);
    expect(await world.db.invitation.count({ where: { organisationId: org.id } })).toBe(5);

    // Once the council verifies it, the limits are gone.
    await world.db.organisation.update({ where: { id: org.id }, data: { verificationStatus: "VERIFIED" } });
    for (let n = 6; n <= 12; n++) await send(n);
    expect(await outbox(world.db, "flood12@example.org")).toHaveLength(1);
  });
});
