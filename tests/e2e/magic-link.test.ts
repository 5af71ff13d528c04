import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSmtpServer, type TestSmtpServer } from "../../packages/api/src/test/smtp-server.ts";
import { type Product, sparePorts, startProduct } from "./harness.ts";
import { decodeQuotedPrintable, Jar, requestSignInLink, signInLinkIn } from "./http-sign-in.ts";

const ports = await sparePorts("portal", "admin", "db", "smtp");

/**
 * Magic-link sign-in end to end over HTTP with a real SMTP server: request a link, receive the
 * email, follow the link, get a session; the link works once; requests are rate-limited; the
 * tRPC endpoint knows who you are.
 */
describe("magic-link sign-in through SMTP", () => {
  let product: Product;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startTestSmtpServer(ports.smtp);
    product = await startProduct({
      ports,
      env: { EMAIL_SERVER: `smtp://127.0.0.1:${ports.smtp}`, EMAIL_FROM: "Free City <no-reply@free-city.test>" },
    });
  });
  afterAll(async () => {
    await product?.stop();
    await smtp?.stop();
  });

  const requestLink = (jar: Jar, email: string) => requestSignInLink(product.adminUrl, jar, email);

  it("sends a link by SMTP that signs the partner in once", async () => {
    const jar = new Jar();
    const response = await requestLink(jar, "partner@example.org");
    expect(response.status).toBe(200);
    await expect.poll(() => smtp.mails.length, { timeout: 10_000 }).toBe(1);
    const mail = smtp.mails[0]!;
    expect(mail.to).toEqual(["partner@example.org"]);
    expect(decodeQuotedPrintable(mail.raw)).toContain("Subject: Your Free City sign-in link");
    const link = signInLinkIn(mail, product.adminUrl);
    expect(link).toBeDefined();

    const callback = await fetch(link!, { headers: { cookie: jar.header() }, redirect: "manual" });
    expect(callback.status).toBe(302);
    jar.take(callback);
    expect(jar.has("next-auth.session-token")).toBe(true);

    const session = (await (
      await fetch(`${product.adminUrl}/api/auth/session`, { headers: { cookie: jar.header() } })
    ).json()) as { user?: { email: string; staffRole: string | null } };
    expect(session.user).toMatchObject({ email: "partner@example.org", staffRole: null });

    const mine = await fetch(`${product.adminUrl}/api/trpc/organisation.mine`, { headers: { cookie: jar.header() } });
    expect(mine.status).toBe(200);
    expect(await mine.text()).toContain("Digbeth Makers Collective");

    const anonymous = await fetch(`${product.adminUrl}/api/trpc/organisation.mine`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain("Digbeth");

    const reused = await fetch(link!, { redirect: "manual" });
    expect(reused.headers.get("location")).toContain("error=Verification");
  });

  it("refuses bad addresses and sends one address at most one link a minute", async () => {
    const jar = new Jar();
    const bad = await requestLink(jar, "nobody");
    expect(bad.status).toBe(400);
    const before = smtp.mails.length;
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await requestLink(jar, "partner2@example.org")).status);
    expect(statuses).toEqual([200, 429, 429]);
    await expect.poll(() => smtp.mails.length - before, { timeout: 10_000 }).toBe(1);
  });

  it("has no demo outbox when real email is configured", async () => {
    const response = await fetch(`${product.adminUrl}/outbox`);
    expect(response.status).toBe(404);
  });
});
