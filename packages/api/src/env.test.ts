import { describe, expect, it } from "vitest";
import { ConfigError, readAdminEnv, readFreshnessEnv, readHttpEnv, readMode, wantsDemoData } from "./env.ts";

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
      allowedDomains: [],
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

  it("runs in production whenever DATABASE_URL is set, and then requires real email, naming each variable", () => {
    const production = { ...base, DATABASE_URL: "postgresql://fc@db.internal:5432/fc" };
    expect(readMode(base)).toBe("demo");
    expect(readMode(production)).toBe("production");
    expect(() => readAdminEnv(production)).toThrow(ConfigError);
    expect(() => readAdminEnv(production)).toThrow(/EMAIL_SERVER is not set/);
    expect(() => readAdminEnv(production)).toThrow(/EMAIL_FROM is not set/);
    const mailed = { ...production, EMAIL_SERVER: "smtp://mail.internal:587", EMAIL_FROM: "Free City <no@x.org>" };
    const env = readAdminEnv(mailed);
    expect(env).toMatchObject({ mode: "production", demoOutbox: false, emailServer: "smtp://mail.internal:587" });
    // The demo's outbox only in the demo: even a demo without EMAIL_SERVER is the only way to get it.
    expect(readAdminEnv(base)).toMatchObject({ mode: "demo", demoOutbox: true });
  });

  it("names EMAIL_SERVER and EMAIL_FROM in production even when NEXTAUTH_SECRET is missing too", () => {
    // A council's first try: DATABASE_URL and nothing else. Every missing setting is named at once.
    const first = () => readAdminEnv({ DATABASE_URL: "postgresql://fc@db.internal:5432/fc" });
    expect(first).toThrow(/EMAIL_SERVER is not set \(the council's SMTP server/);
    expect(first).toThrow(/EMAIL_FROM is not set/);
    expect(first).toThrow(/NEXTAUTH_SECRET is not set \(generate one with: openssl rand -base64 32\)/);
    expect(first).toThrow(/production mode/);
    // The demo asks for nothing of production's.
    expect(() => readAdminEnv({})).not.toThrow(/EMAIL_SERVER/);
  });

  it("requires https public addresses in production, unless they are localhost", () => {
    const mailed = {
      ...base,
      DATABASE_URL: "postgresql://fc@db.internal:5432/fc",
      EMAIL_SERVER: "smtp://mail.internal:587",
      EMAIL_FROM: "Free City <no@x.org>",
    };
    expect(() => readAdminEnv({ ...mailed, NEXTAUTH_URL: "http://admin.council.example" })).toThrow(
      /NEXTAUTH_URL must start with https:\/\//,
    );
    expect(() => readAdminEnv({ ...mailed, PORTAL_URL: "http://freecity.example" })).toThrow(/PORTAL_URL/);
    expect(() => readAdminEnv({ ...mailed, ADMIN_URL: "http://10.0.0.5:3001" })).toThrow(/ADMIN_URL/);
    expect(readAdminEnv({ ...mailed, NEXTAUTH_URL: "https://admin.council.example" }).adminUrl).toBe(
      "https://admin.council.example",
    );
    expect(
      readAdminEnv({ ...mailed, NEXTAUTH_URL: "http://localhost:3001", PORTAL_URL: "http://127.0.0.1:3000" }).mode,
    ).toBe("production");
  });

  it("allows the demo (and its outbox) only on this machine's addresses, and reads FREE_CITY_MODE strictly", () => {
    const testing = { ...base, DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/fc_e2e", FREE_CITY_MODE: "demo" };
    expect(readAdminEnv(testing)).toMatchObject({ mode: "demo", demoOutbox: true });
    expect(() => readMode({ ...testing, ADMIN_URL: "https://admin.council.example" })).toThrow(
      /ADMIN_URL is not localhost/,
    );
    expect(() => readMode({ ...base, NEXTAUTH_URL: "http://192.168.1.20:3001" })).toThrow(/NEXTAUTH_URL/);
    expect(() => readMode({ FREE_CITY_MODE: "staging" })).toThrow(/FREE_CITY_MODE/);
    expect(readMode({ FREE_CITY_MODE: "production" })).toBe("production");
  });

  it("seeds demo data in production only when FREE_CITY_DEMO_DATA is exactly 1", () => {
    expect(wantsDemoData("demo", {})).toBe(true);
    expect(wantsDemoData("demo", { FREE_CITY_DEMO_DATA: "0" })).toBe(false);
    expect(wantsDemoData("production", {})).toBe(false);
    expect(wantsDemoData("production", { FREE_CITY_DEMO_DATA: "true" })).toBe(false);
    expect(wantsDemoData("production", { FREE_CITY_DEMO_DATA: "1" })).toBe(true);
  });

  it("reads the trusted proxy hops and the council's sign-in domains, and names bad ones", () => {
    expect(readHttpEnv({}).trustedProxyHops).toBe(0);
    expect(readHttpEnv({ TRUSTED_PROXY_HOPS: "1", PORTAL_URL: "https://freecity.example" })).toMatchObject({
      trustedProxyHops: 1,
      portalHttps: true,
      adminHttps: false,
    });
    expect(() => readHttpEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => readHttpEnv({ TRUSTED_PROXY_HOPS: "one" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => readAdminEnv({ ...base, TRUSTED_PROXY_HOPS: "1.5" })).toThrow(/TRUSTED_PROXY_HOPS/);
    const sso = { ...base, OIDC_ISSUER: "https://login.example.org", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "s" };
    expect(
      readAdminEnv({ ...sso, OIDC_ALLOWED_DOMAINS: "Birmingham.gov.uk, @bcc.example" }).oidc?.allowedDomains,
    ).toEqual(["birmingham.gov.uk", "bcc.example"]);
    expect(() => readAdminEnv({ ...sso, OIDC_ALLOWED_DOMAINS: "not a domain" })).toThrow(/OIDC_ALLOWED_DOMAINS/);
  });
});
