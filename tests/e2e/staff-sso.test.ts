import type { Server } from "node:http";
import Provider from "oidc-provider";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, launchBrowser, type Product, sparePorts, startProduct } from "./harness.ts";

const ports = await sparePorts("portal", "admin", "db", "oidc");
const issuer = `http://127.0.0.1:${ports.oidc}`;

/**
 * Staff single sign-on end to end, against a real OpenID Connect provider run in this process
 * (`oidc-provider`, standing in for Entra ID or Google Workspace; its development login form
 * accepts any login, which here is the provider's subject for the person). The first sign-in
 * links a staff account with the same verified email; later ones match the subject, never the
 * email claim. Anyone else is turned away with a reason: not staff, an unverified email, a domain
 * outside OIDC_ALLOWED_DOMAINS, an email whose staff account belongs to another subject.
 */

/** The provider's people, by subject. Anyone not listed has their login as their (verified) email. */
const directory: Record<string, { email: string; email_verified: boolean }> = {
  "unverified-officer": { email: "moderator@example.org", email_verified: false },
  impostor: { email: "moderator@example.org", email_verified: true },
  outsider: { email: "admin@elsewhere.test", email_verified: true },
};
describe("staff single sign-on through OpenID Connect", () => {
  let product: Product;
  let browser: Browser;
  let server: Server;

  beforeAll(async () => {
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: "free-city-admin",
          client_secret: "test-secret-for-the-sso-journey",
          redirect_uris: [`http://localhost:${ports.admin}/api/auth/callback/council`],
        },
      ],
      async findAccount(_ctx, id) {
        return {
          accountId: id,
          claims: async () => ({
            sub: id,
            ...(directory[id] ?? { email: id, email_verified: true }),
            name: "Council Officer",
          }),
        };
      },
      claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
      // Like Entra ID and Google, put the email in the ID token itself (next-auth reads it there).
      conformIdTokenClaims: false,
    });
    server = provider.listen(ports.oidc);
    product = await startProduct({
      ports,
      env: {
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: "free-city-admin",
        OIDC_CLIENT_SECRET: "test-secret-for-the-sso-journey",
        OIDC_NAME: "Birmingham City Council",
        OIDC_ALLOWED_DOMAINS: "example.org",
      },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    server?.close();
  });

  async function signInThroughProvider(login: string) {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${product.adminUrl}/sign-in`);
    await page.getByRole("button", { name: "Council staff: sign in with Birmingham City Council" }).click();
    await page.waitForURL((url) => url.origin === issuer);
    await page.locator("input[name=login]").fill(login);
    await page
      .locator("input[name=password]")
      .fill("anything")
      .catch(() => undefined);
    await page.locator("button[type=submit]").first().click();
    // The provider asks once to share the email with Free City.
    await page.waitForURL((url) => url.origin !== issuer || url.pathname.includes("interaction"));
    if (new URL(page.url()).origin === issuer) await page.locator("button[type=submit]").first().click();
    await page.waitForURL((url) => url.origin === product.adminUrl);
    return page;
  }

  it("offers single sign-on on the sign-in page, which passes axe", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${product.adminUrl}/sign-in`);
    expect(
      await page.getByRole("button", { name: "Council staff: sign in with Birmingham City Council" }).count(),
    ).toBe(1);
    await expectNoAxeViolations(page);
  });

  it("signs a member of staff in through the council's provider, by email", async () => {
    const page = await signInThroughProvider("moderator@example.org");
    await page.waitForURL(`${product.adminUrl}/`);
    expect(await page.locator("h1").textContent()).toBe("Council staff");
    expect(await page.locator(".header__user").textContent()).toContain("moderator@example.org");
  });

  it("turns away someone who is not staff here, saying why", async () => {
    const page = await signInThroughProvider("partner@example.org");
    await page.waitForURL(/\/sign-in\/error/);
    expect(await page.locator(".lead").textContent()).toContain("Single sign-on is for council staff");
  });

  it("refuses an email the provider has not verified", async () => {
    const page = await signInThroughProvider("unverified-officer");
    await page.waitForURL(/\/sign-in\/error/);
    expect(await page.locator(".lead").textContent()).toContain("does not confirm that its email address is verified");
  });

  it("refuses addresses outside the council's domains (OIDC_ALLOWED_DOMAINS)", async () => {
    const page = await signInThroughProvider("outsider");
    await page.waitForURL(/\/sign-in\/error/);
    expect(await page.locator(".lead").textContent()).toContain("for the council's own email addresses");
  });

  it("matches a linked staff account by the provider's subject, not the email claim", async () => {
    // Another person at the provider now claims the moderator's address: the account already
    // belongs to the subject that first signed in, so they are turned away.
    const impostor = await signInThroughProvider("impostor");
    await impostor.waitForURL(/\/sign-in\/error/);
    expect(await impostor.locator(".lead").textContent()).toContain("already linked to a different council account");
    // The moderator's address changes at the provider: the subject still opens their account.
    directory["moderator@example.org"] = { email: "moderator.renamed@example.org", email_verified: true };
    const renamed = await signInThroughProvider("moderator@example.org");
    await renamed.waitForURL(`${product.adminUrl}/`);
    expect(await renamed.locator(".header__user").textContent()).toContain("moderator@example.org");
  });
});
