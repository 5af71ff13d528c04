import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSmtpServer, type TestSmtpServer } from "../../packages/api/src/test/smtp-server.ts";
import { type Product, sparePorts, startProduct } from "./harness.ts";

const ports = await sparePorts("portal", "admin", "db", "smtp");

/** Decodes quoted-printable soft line breaks and escapes, enough to read links. */
function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A tiny cookie jar for fetch. */
class Jar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const [name, ...value] = pair!.split("=");
      this.cookies.set(name!.trim(), value.join("="));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(name: string) {
    return this.cookies.has(name);
  }
}

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

  async function requestLink(jar: Jar, email: string) {
    const csrf = await fetch(`${product.adminUrl}/api/auth/csrf`, { headers: { cookie: jar.header() } });
    jar.take(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${product.adminUrl}/api/auth/signin/email`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: `${product.adminUrl}/`, json: "true" }),
      redirect: "manual",
    });
    jar.take(response);
    return response;
  }

  it("sends a link by SMTP that signs the partner in once", async () => {
    const jar = new Jar();
    const response = await requestLink(jar, "partner@example.org");
    expect(response.status).toBe(200);
    await expect.poll(() => smtp.mails.length, { timeout: 10_000 }).toBe(1);
    const mail = smtp.mails[0]!;
    expect(mail.to).toEqual(["partner@example.org"]);
    const body = decodeQuotedPrintable(mail.raw);
    expect(body).toContain("Subject: Your Free City sign-in link");
    const link = new RegExp(`(${product.adminUrl}/api/auth/callback/email\\?[^\\s"<]+)`)
      .exec(body)?.[1]
      ?.replace(/&amp;/g, "&");
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
