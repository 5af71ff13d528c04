import { testDatabaseKind } from "@free-city/db/testing";
import { describe, expect, it } from "vitest";
import { ConfigError, readAdminEmails } from "../../env.ts";
import { callerFor, expectRefused, useTestWorld } from "../../test/setup.ts";
import { bootstrapAdmins } from "./bootstrap-admins.ts";

describe("ADMIN_EMAILS", () => {
  it("reads a comma-separated list, lower-cased, and names a bad one", () => {
    expect(readAdminEmails({ ADMIN_EMAILS: " Ops@Council.gov.uk, lead@council.gov.uk ," })).toEqual([
      "ops@council.gov.uk",
      "lead@council.gov.uk",
    ]);
    expect(readAdminEmails({})).toEqual([]);
    expect(() => readAdminEmails({ ADMIN_EMAILS: "ops@council.gov.uk,not-an-email" })).toThrow(ConfigError);
  });
});

describe(`staff accounts (${testDatabaseKind()})`, () => {
  const world = useTestWorld();

  it("lets administrators, and only them, manage staff", async () => {
    const admin = callerFor(world.db, world.admin);
    await admin.staff.grant({ email: "new.moderator@council.example", role: "MODERATOR" });
    expect((await admin.staff.list()).map((s) => [s.email, s.staffRole])).toEqual(
      expect.arrayContaining([["new.moderator@council.example", "MODERATOR"]]),
    );
    await expectRefused(callerFor(world.db, world.moderator).staff.list(), "FORBIDDEN");
    await expectRefused(
      callerFor(world.db, world.moderator).staff.grant({ email: "x@council.example", role: "ADMIN" }),
      "FORBIDDEN",
    );
    await expectRefused(callerFor(world.db, world.partner).staff.list(), "FORBIDDEN");
  });

  it("switching someone off signs them out everywhere; the last administrator can't be demoted or switched off", async () => {
    const admin = callerFor(world.db, world.admin);
    await world.db.session.create({
      data: { sessionToken: "moderator-session", userId: world.moderator.id, expires: new Date(Date.now() + 3600_000) },
    });
    await admin.staff.setActive({ userId: world.moderator.id, active: false });
    expect(await world.db.session.count({ where: { userId: world.moderator.id } })).toBe(0);
    expect((await world.db.user.findUniqueOrThrow({ where: { id: world.moderator.id } })).deactivatedAt).not.toBeNull();
    await admin.staff.setActive({ userId: world.moderator.id, active: true });
    await expectRefused(admin.staff.changeRole({ userId: world.admin.id, role: "MODERATOR" }), "CONFLICT");
    await expectRefused(admin.staff.setActive({ userId: world.admin.id, active: false }), "CONFLICT");
    expect((await world.db.user.findUniqueOrThrow({ where: { id: world.admin.id } })).staffRole).toBe("ADMIN");
  });

  it("makes the ADMIN_EMAILS administrators only while no active administrator exists, and never undoes a demotion", async () => {
    // An installation with an administrator: a start changes nothing.
    expect(await bootstrapAdmins(world.db, ["first.admin@council.example"])).toBe(0);
    expect(await world.db.user.findUnique({ where: { email: "first.admin@council.example" } })).toBeNull();
    // None active (a new installation): the listed addresses become administrators, once.
    await world.db.user.updateMany({ where: { staffRole: "ADMIN" }, data: { deactivatedAt: new Date() } });
    expect(await bootstrapAdmins(world.db, ["first.admin@council.example"])).toBe(1);
    expect(await bootstrapAdmins(world.db, ["first.admin@council.example"])).toBe(0);
    const first = await world.db.user.findUniqueOrThrow({ where: { email: "first.admin@council.example" } });
    expect(first.staffRole).toBe("ADMIN");
    // Someone else is made administrator in the app, and demotes the first one: the next start keeps that.
    await world.db.user.update({ where: { id: world.admin.id }, data: { deactivatedAt: null } });
    await callerFor(world.db, world.admin).staff.changeRole({ userId: first.id, role: "MODERATOR" });
    expect(await bootstrapAdmins(world.db, ["first.admin@council.example"])).toBe(0);
    expect((await world.db.user.findUniqueOrThrow({ where: { id: first.id } })).staffRole).toBe("MODERATOR");
  });
});
