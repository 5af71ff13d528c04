import { createHash, randomBytes } from "node:crypto";
import type { TestDatabase } from "@free-city/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveFetch } from "../test/http-server.ts";
import { createTestDatabase } from "../test/setup.ts";
import { createSignInGate, SIGN_IN_LIMITS } from "./sign-in-gate.ts";

const SECRET = "a-secret-that-is-long-enough-for-next-auth-0123";

/** A browser session as next-auth makes it: the CSRF cookie "token|sha256(token + secret)" and the token. */
function session(secret = SECRET) {
  const token = randomBytes(32).toString("hex");
  const hash = createHash("sha256").update(`${token}${secret}`).digest("hex");
  return { token, cookie: `next-auth.csrf-token=${encodeURIComponent(`${token}|${hash}`)}` };
}

/**
 * The sign-in link request over real HTTP: the gate in front, and a stand-in for next-auth that
 * records which requests reached it (next-auth would send the email for those with a valid CSRF).
 */
describe("asking for a sign-in link", () => {
  let clock = Date.now();
  const reached: URLSearchParams[] = [];
  const servers: { url: string; close(): Promise<void> }[] = [];
  let test: TestDatabase;

  async function endpoint(trustedProxyHops = 0) {
    const gate = createSignInGate({
      db: test.db,
      secret: SECRET,
      secureCookies: false,
      trustedProxyHops,
      errorUrl: "http://admin.test/sign-in/error",
    });
    const server = await serveFetch(async (request) => {
      const refused = await gate(request, clock);
      if (refused) return refused;
      reached.push(new URLSearchParams(await request.text()));
      return Response.json({ url: "http://admin.test/sign-in/check-email" });
    });
    servers.push(server);
    return `${server.url}/api/auth/signin/email`;
  }
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await test.close();
  });
  beforeAll(async () => {
    clock = Date.now();
    test = await createTestDatabase();
  });

  async function ask(url: string, body: string, options: { cookie?: string; forwardedFor?: string } = {}) {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...(options.forwardedFor ? { "x-forwarded-for": options.forwardedFor } : {}),
      },
      body,
    });
    const json = (await response.json()) as { url: string };
    return { status: response.status, error: new URL(json.url).searchParams.get("error") };
  }
  const form = (fields: [string, string][]) => new URLSearchParams(fields).toString();
  const asOwner = (email: string, s = session()) => ({
    body: form([
      ["email", email],
      ["csrfToken", s.token],
    ]),
    cookie: s.cookie,
  });

  it("refuses a repeated email field, so the address checked is the address mailed", async () => {
    const url = await endpoint();
    const s = session();
    const before = reached.length;
    const twice = await ask(
      url,
      form([
        ["email", "attacker@example.org"],
        ["email", "victim@example.org"],
        ["csrfToken", s.token],
      ]),
      {
        cookie: s.cookie,
      },
    );
    expect(twice).toEqual({ status: 400, error: "EmailInvalid" });
    const json = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: s.cookie },
      body: JSON.stringify({ email: "victim@example.org", csrfToken: s.token }),
    });
    expect(json.status).toBe(400);
    expect(reached.length).toBe(before);
  });

  it("counts nothing without next-auth's CSRF check passing: anonymous posts lock nobody out", async () => {
    const url = await endpoint();
    const forged = session("not-the-secret");
    for (let i = 0; i < 20; i++) {
      await ask(url, form([["email", "admin@council.example"]]));
      await ask(
        url,
        form([
          ["email", "admin@council.example"],
          ["csrfToken", forged.token],
        ]),
        { cookie: forged.cookie },
      );
    }
    const owner = asOwner("admin@council.example");
    expect((await ask(url, owner.body, { cookie: owner.cookie })).status).toBe(200);
    expect(reached.at(-1)?.get("email")).toBe("admin@council.example");
  });

  it("sends one address at most one link a minute and five an hour, whoever asks; links outlast the hour", async () => {
    const url = await endpoint();
    const victim = "victim@example.org";
    const attacker = () => asOwner(victim);
    let a = attacker();
    expect((await ask(url, a.body, { cookie: a.cookie })).status).toBe(200);
    // The owner asks straight after: refused for at most a minute, with a message saying so.
    const owner = session();
    const ownerAsk = () =>
      ask(
        url,
        form([
          ["email", victim],
          ["csrfToken", owner.token],
        ]),
        { cookie: owner.cookie },
      );
    expect(await ownerAsk()).toEqual({ status: 429, error: "EmailRateLimited" });
    clock += 61_000;
    expect((await ownerAsk()).status).toBe(200);
    // Someone keeps asking, once a minute, from fresh sessions: five links an hour in all.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      clock += 61_000;
      a = attacker();
      statuses.push((await ask(url, a.body, { cookie: a.cookie })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    // The inbox's owner is refused a sixth link this hour, but holds five that still work: a link
    // lasts at least as long as the hour its address is limited for.
    expect(SIGN_IN_LIMITS.linkMaxAgeSeconds * 1000).toBeGreaterThanOrEqual(SIGN_IN_LIMITS.perEmailHour.windowMs);
    clock += SIGN_IN_LIMITS.perEmailHour.windowMs;
    expect((await ownerAsk()).status).toBe(200);
  });

  it("limits one client address (behind one load balancer) to 30 in 15 minutes, whatever it forges", async () => {
    const url = await endpoint(1);
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.perClient.limit; i++) {
      const s = asOwner(`person${i}@example.org`);
      statuses.push((await ask(url, s.body, { cookie: s.cookie, forwardedFor: `10.0.0.${i}, 198.51.100.20` })).status);
    }
    expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const other = asOwner("someone.else@example.org");
    expect((await ask(url, other.body, { cookie: other.cookie, forwardedFor: "198.51.100.21" })).status).toBe(200);
  });

  it("with no trusted proxy, limits each browser session, and shares no allowance between them", async () => {
    const url = await endpoint(0);
    const s = session();
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.perSession.limit; i++)
      statuses.push(
        (
          await ask(
            url,
            form([
              ["email", `s${i}@example.org`],
              ["csrfToken", s.token],
            ]),
            { cookie: s.cookie },
          )
        ).status,
      );
    expect(statuses.at(-1)).toBe(429);
    const fresh = asOwner("s-fresh@example.org");
    expect((await ask(url, fresh.body, { cookie: fresh.cookie })).status).toBe(200);
  });

  it("refuses a body over 8 KB before reading the rest", async () => {
    const url = await endpoint();
    const s = session();
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: s.cookie },
      body: form([
        ["email", "big@example.org"],
        ["csrfToken", s.token],
        ["padding", "x".repeat(20_000)],
      ]),
    });
    expect(response.status).toBe(413);
  });
});
