import { makeUser, testDatabaseKind } from "@free-city/db/testing";
import { describe, expect, it } from "vitest";
import type { AdminEnv } from "../env.ts";
import { useTestWorld } from "../test/setup.ts";
import { STAFF_SSO_PROVIDER, staffSsoSignIn } from "./options.ts";

const oidc = (allowedDomains: string[] = []) =>
  ({
    oidc: { issuer: "https://login.example", clientId: "id", clientSecret: "s", name: "SSO", allowedDomains },
  }) as unknown as AdminEnv;

/**
 * Staff single sign-on's own decision, without a provider (the browser test, staff-sso.test.ts,
 * runs it against a real OpenID Connect provider): an address the provider has not verified, one
 * outside OIDC_ALLOWED_DOMAINS and a second subject claiming a linked account's address are all
 * turned away; a linked account is found by its subject, whatever the email claim says.
 */
describe(`staff single sign-on (${testDatabaseKind()})`, () => {
  const world = useTestWorld();

  it("refuses an email the provider has not marked email_verified, and a missing one", async () => {
    const email = world.moderator.email;
    for (const email_verified of [undefined, false, "false", 1, "yes"])
      expect(await staffSsoSignIn(world.db, oidc(), "sub-unverified", { email, email_verified })).toBe(
        "/sign-in/error?error=EmailNotVerified",
      );
    expect(await staffSsoSignIn(world.db, oidc(), "sub-none", { email_verified: true })).toBe(
      "/sign-in/error?error=EmailNotVerified",
    );
    expect(await staffSsoSignIn(world.db, oidc(), "sub-none", undefined)).toBe("/sign-in/error?error=EmailNotVerified");
  });

  it("refuses addresses outside OIDC_ALLOWED_DOMAINS, and non-staff accounts", async () => {
    const staff = await makeUser(world.db, { email: "officer@council.example", staffRole: "MODERATOR" });
    const outside = await makeUser(world.db, { email: "officer@elsewhere.example", staffRole: "MODERATOR" });
    const allowed = oidc(["council.example"]);
    expect(await staffSsoSignIn(world.db, allowed, "sub-out", { email: outside.email, email_verified: true })).toBe(
      "/sign-in/error?error=DomainNotAllowed",
    );
    expect(await staffSsoSignIn(world.db, allowed, "sub-in", { email: staff.email, email_verified: "true" })).toBe(
      true,
    );
    expect(
      await staffSsoSignIn(world.db, oidc(), "sub-partner", { email: world.partner.email, email_verified: true }),
    ).toBe("/sign-in/error?error=NotStaff");
  });

  it("after the first sign-in matches the account on the provider's subject, never on the email claim", async () => {
    const admin = world.admin;
    await world.db.account.create({
      data: { userId: admin.id, type: "oidc", provider: STAFF_SSO_PROVIDER, providerAccountId: "sub-admin" },
    });
    // Someone else at the provider now claims the administrator's address: turned away.
    expect(await staffSsoSignIn(world.db, oidc(), "sub-impostor", { email: admin.email, email_verified: true })).toBe(
      "/sign-in/error?error=AccountMismatch",
    );
    // The administrator's address changed at the provider: the subject still decides.
    expect(
      await staffSsoSignIn(world.db, oidc(), "sub-admin", { email: "renamed@council.example", email_verified: true }),
    ).toBe(true);
    // A linked account switched off is refused.
    await world.db.user.update({ where: { id: admin.id }, data: { deactivatedAt: new Date() } });
    expect(await staffSsoSignIn(world.db, oidc(), "sub-admin", { email: admin.email, email_verified: true })).toBe(
      "/sign-in/error?error=NotStaff",
    );
  });
});
