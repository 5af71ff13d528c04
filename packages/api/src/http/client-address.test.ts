import { describe, expect, it } from "vitest";
import { clientAddress, clientKey, SHARED_CLIENT_KEY, visitorKey } from "./client-address.ts";

const h = (xff?: string, agent = "Mozilla/5.0") =>
  new Headers({ ...(xff ? { "x-forwarded-for": xff } : {}), "user-agent": agent });

describe("the client address every limit uses", () => {
  it("never comes from a header the client wrote when no proxy is trusted (the default)", () => {
    expect(clientAddress(h("203.0.113.9"), 0)).toBeNull();
    expect(clientKey(h("203.0.113.9"), { trustedProxyHops: 0, keySecret: "s" })).toBe(SHARED_CLIENT_KEY);
    expect(clientKey(h("198.51.100.1"), { trustedProxyHops: 0, keySecret: "s" })).toBe(SHARED_CLIENT_KEY);
  });

  it("is what the trusted proxies appended, counting from the right, whatever the client put before it", () => {
    // One load balancer: it appends the address it saw connect.
    expect(clientAddress(h("203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(h("1.1.1.1, 2.2.2.2, 203.0.113.9"), 1)).toBe("203.0.113.9");
    // A CDN in front of the load balancer: two hops.
    expect(clientAddress(h("forged, 203.0.113.9, 10.0.0.7"), 2)).toBe("203.0.113.9");
    // Fewer entries than proxies: it did not come through them all.
    expect(clientAddress(h("203.0.113.9"), 2)).toBeNull();
    expect(clientAddress(h("not an address"), 1)).toBeNull();
    const key = (xff: string) => clientKey(h(xff), { trustedProxyHops: 1, keySecret: "s" });
    expect(key("9.9.9.9, 203.0.113.9")).toBe(key("8.8.8.8, 203.0.113.9"));
    expect(key("203.0.113.9")).not.toBe(key("203.0.113.10"));
    expect(key("203.0.113.9")).toMatch(/^ip:/);
    expect(key("203.0.113.9")).not.toContain("203.0.113.9");
  });

  it("does not change with the browser name (a limit), while the view counter's key does", () => {
    const o = { trustedProxyHops: 1, keySecret: "s" };
    expect(clientKey(h("203.0.113.9", "A"), o)).toBe(clientKey(h("203.0.113.9", "B"), o));
    expect(visitorKey(h("203.0.113.9", "A"), o)).not.toBe(visitorKey(h("203.0.113.9", "B"), o));
  });
});
