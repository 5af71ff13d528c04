import { describe, expect, it } from "vitest";
import { ConfigError, readAdminEnv, readFreshnessEnv } from "./env.ts";

const base = { NEXTAUTH_SECRET: "a-secret-that-is-long-enough-for-next-auth-0123" };

describe("the admin's settings", () => {
  it("has single sign-on off unless all three OIDC settings are given", () => {
    expect(readAdminEnv(base).oidc).toBeNull();
    expect(
      readAdminEnv({
        ...base,
        OIDC_ISSUER: "https://login.example.org/tenant/v2.0/",
        OIDC_CLIENT_ID: "id",
        OIDC_CLIENT_SECRET: "secret",
      }).oidc,
    ).toEqual({
      issuer: "https://login.example.org/tenant/v2.0",
      clientId: "id",
      clientSecret: "secret",
      name: "your council account",
    });
    expect(() => readAdminEnv({ ...base, OIDC_ISSUER: "https://login.example.org" })).toThrow(ConfigError);
    expect(() =>
      readAdminEnv({ ...base, OIDC_ISSUER: "not a url", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "secret" }),
    ).toThrow(/OIDC_ISSUER/);
  });

  it("names a missing secret and a bad email server", () => {
    expect(() => readAdminEnv({})).toThrow(/NEXTAUTH_SECRET/);
    expect(() => readAdminEnv({ ...base, EMAIL_SERVER: "http://nope" })).toThrow(/EMAIL_SERVER/);
  });

  it("reads the freshness periods, with defaults, and names bad ones", () => {
    expect(readFreshnessEnv({})).toEqual({ remindAfterDays: 90, expireAfterDays: 30 });
    expect(readFreshnessEnv({ FRESHNESS_REMIND_DAYS: "60", FRESHNESS_EXPIRE_DAYS: "14" })).toEqual({
      remindAfterDays: 60,
      expireAfterDays: 14,
    });
    expect(() => readFreshnessEnv({ FRESHNESS_EXPIRE_DAYS: "0" })).toThrow(/FRESHNESS_EXPIRE_DAYS/);
  });
});
