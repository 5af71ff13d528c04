/**
 * Signing in to the admin over plain HTTP, as a browser would but without one: next-auth's CSRF
 * token, the magic-link request, and the link read back from the email an SMTP server received.
 */
import type { ReceivedMail } from "../../packages/api/src/test/smtp-server.ts";

/** A tiny cookie jar for fetch. */
export class Jar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      this.cookies.set((name ?? "").trim(), value.join("="));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(name: string) {
    return this.cookies.has(name);
  }
}

/** Decodes quoted-printable soft line breaks and escapes, enough to read links. */
export function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Asks the admin at `adminUrl` for a sign-in link to `email`, with the jar's cookies and a fresh CSRF token. */
export async function requestSignInLink(adminUrl: string, jar: Jar, email: string): Promise<Response> {
  const csrf = await fetch(`${adminUrl}/api/auth/csrf`, { headers: { cookie: jar.header() } });
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${adminUrl}/api/auth/signin/email`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: `${adminUrl}/`, json: "true" }),
    redirect: "manual",
  });
  jar.take(response);
  return response;
}

/** The sign-in link in `mail` (its address starts with `adminUrl`), or undefined. */
export function signInLinkIn(mail: ReceivedMail, adminUrl: string): string | undefined {
  const body = decodeQuotedPrintable(mail.raw);
  return new RegExp(`(${adminUrl}/api/auth/callback/email\\?[^\\s"<]+)`).exec(body)?.[1]?.replace(/&amp;/g, "&");
}
