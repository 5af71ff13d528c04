import { describe, expect, it } from "vitest";
import { newNonce, securityHeaders } from "./security-headers.ts";

describe("the security headers", () => {
  it("allow scripts only with the response's nonce, and frame nothing", () => {
    const nonce = newNonce();
    const csp = securityHeaders({ app: "portal", nonce, https: false })["Content-Security-Policy"] ?? "";
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
    expect(scriptSrc).toContain(`'nonce-${nonce}'`);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(newNonce()).not.toBe(nonce);
  });

  it("allow geolocation on the portal only, for itself, and HSTS only over https", () => {
    const portal = securityHeaders({ app: "portal", nonce: "n", https: true });
    const admin = securityHeaders({ app: "admin", nonce: "n", https: false });
    expect(portal["Permissions-Policy"]).toMatch(/^geolocation=\(self\),/);
    expect(admin["Permissions-Policy"]).toMatch(/^geolocation=\(\),/);
    expect(portal["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(admin["Strict-Transport-Security"]).toBeUndefined();
    expect(portal["Referrer-Policy"]).toBe("same-origin");
  });
});
