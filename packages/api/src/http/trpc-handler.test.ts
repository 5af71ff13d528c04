import { type TestDatabase, testDatabaseKind } from "@free-city/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context.ts";
import { VOICE_LIMITS } from "../domain/voice/rate-limits.ts";
import { serveFetch } from "../test/http-server.ts";
import { createTestDatabase, makeWorld, type World } from "../test/setup.ts";
import { clientKey } from "./client-address.ts";
import { createTrpcHandler, MAX_BATCH_SIZE, MAX_TRPC_BODY_BYTES } from "./trpc-handler.ts";

/**
 * The admin's /api/trpc over real HTTP, as an anonymous caller: batches are capped, bodies are
 * capped, and the youth-voice procedures are limited per client (the address the trusted proxy
 * saw), not one allowance for everyone, and not per forged X-Forwarded-For.
 */
describe(`the tRPC endpoint over HTTP (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  let world: World;
  const servers: { url: string; close(): Promise<void> }[] = [];

  /** The endpoint behind `hops` trusted proxies, with the admin's context (anonymous here). */
  async function endpoint(hops: number) {
    const server = await serveFetch(
      createTrpcHandler({
        endpoint: "/api/trpc",
        createContext: async (request) =>
          createContext({
            db: world.db,
            user: null,
            clientKey: clientKey(request.headers, { trustedProxyHops: hops, keySecret: "test-secret" }),
          }),
      }),
    );
    servers.push(server);
    return server.url;
  }

  beforeAll(async () => {
    test = await createTestDatabase();
    world = await makeWorld(test);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await test.close();
  });

  const batchUrl = (base: string, calls: number) => {
    const paths = Array.from({ length: calls }, () => "voice.youSaidWeDid").join(",");
    const input = Object.fromEntries(Array.from({ length: calls }, (_, i) => [i, { json: null }]));
    return `${base}/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
  };

  it("answers a batch of up to 10 calls and refuses one of 60 before running any", async () => {
    const url = await endpoint(0);
    const ten = await fetch(batchUrl(url, MAX_BATCH_SIZE));
    expect(ten.status).toBe(200);
    expect((await ten.json()) as unknown[]).toHaveLength(MAX_BATCH_SIZE);
    const sixty = await fetch(batchUrl(url, 60));
    expect(sixty.status).toBe(400);
    expect(await sixty.text()).toContain("at most 10");
    const eleven = await fetch(batchUrl(url, 11));
    expect(eleven.status).toBe(400);
  });

  it("refuses a body over the limit, whether it says its length or streams it in chunks", async () => {
    const url = await endpoint(0);
    const before = await world.db.feedback.count();
    const huge = JSON.stringify({ json: { what: "x".repeat(MAX_TRPC_BODY_BYTES) } });
    const declared = await fetch(`${url}/api/trpc/voice.suggest`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: huge,
    });
    expect(declared.status).toBe(413);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode("x".repeat(10_000)));
        controller.close();
      },
    });
    const streamed = await fetch(`${url}/api/trpc/voice.suggest`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: chunks,
      // @ts-expect-error Node's fetch needs this for a streamed request body.
      duplex: "half",
    });
    expect(streamed.status).toBe(413);
    expect(await world.db.feedback.count()).toBe(before);
    const fine = await fetch(`${url}/api/trpc/voice.suggest`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { what: "A climbing wall in Digbeth" } }),
    });
    expect(fine.status).toBe(200);
  });

  const suggest = (url: string, forwardedFor: string, what = "More free football") =>
    fetch(`${url}/api/trpc/voice.suggest`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
      body: JSON.stringify({ json: { what } }),
    });

  it("limits youth voice per client behind one load balancer: a forged X-Forwarded-For buys nothing, another client is unaffected", async () => {
    const url = await endpoint(1);
    // The client writes any X-Forwarded-For it likes; the load balancer appends the address it saw.
    const statuses: number[] = [];
    for (let i = 0; i <= VOICE_LIMITS.perClient; i++)
      statuses.push((await suggest(url, `10.9.${i}.${i}, 198.51.100.7`)).status);
    expect(statuses.slice(0, VOICE_LIMITS.perClient).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another school, another address: its own allowance.
    expect((await suggest(url, "198.51.100.8")).status).toBe(200);
  });

  it("with no trusted proxy, ignores X-Forwarded-For entirely: forged addresses share one allowance", async () => {
    const url = await endpoint(0);
    const accepted = [];
    let refusedAt = -1;
    for (let i = 0; i <= VOICE_LIMITS.shared + 1; i++) {
      const forged = `203.0.${Math.floor(i / 250)}.${i % 250}`;
      const status = (await suggest(url, forged, `Idea number ${i}`)).status;
      if (status === 200) accepted.push(i);
      else if (refusedAt < 0) refusedAt = i;
    }
    expect(refusedAt).toBeGreaterThan(0);
    // Whatever earlier tests used of the shared allowance, no forged address got past it.
    expect(accepted.length).toBeLessThanOrEqual(VOICE_LIMITS.shared);
    expect(accepted.every((i) => i < refusedAt)).toBe(true);
  });
});
