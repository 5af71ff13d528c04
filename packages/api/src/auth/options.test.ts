import { makeDistrict, type TestDatabase, testDatabaseKind } from "@free-city/db/testing";
import type { CityContacts } from "@free-city/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Email, Mailer } from "../email/send-email.ts";
import { createTestDatabase } from "../test/setup.ts";
import { createAuthOptions } from "./options.ts";

const CONTACTS: CityContacts = {
  partnerTeam: { name: "Partnerships team", email: "team@council.test", phone: "0121 000 0000", hours: "weekdays" },
  accessibility: { email: "access@council.test", phone: "0121 000 0001" },
  dataProtection: { email: "dp@council.test" },
  safeguarding: { name: "Advice service", phone: "0121 000 0002", hours: "any time" },
  youngPeople: { helpline: "Childline", phone: "0800 1111", url: "https://www.childline.org.uk/", emergency: "999" },
};

/** The sign-in link is sent at once, not through the worker, so it adds the council contact itself. */
describe(`the sign-in email (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    await makeDistrict(test.db);
  });
  afterAll(() => test.close());

  async function sendSignInLink(): Promise<Email> {
    const sent: Email[] = [];
    const mailer: Mailer = { outbox: true, send: async (email) => void sent.push(email) };
    const options = createAuthOptions({
      db: test.db,
      mailer,
      env: {
        mode: "demo",
        secret: "a-secret-that-is-long-enough-for-next-auth-0123",
        adminUrl: "http://admin.test",
        portalUrl: "http://portal.test",
        emailServer: undefined,
        emailFrom: "Free City <noreply@council.test>",
        demoOutbox: true,
        oidc: null,
        trustedProxyHops: 0,
      },
    });
    const provider = options.providers.find((p) => p.id === "email") as unknown as {
      options: { sendVerificationRequest(params: { identifier: string; url: string }): Promise<void> };
    };
    await provider.options.sendVerificationRequest({
      identifier: "partner@org.test",
      url: "http://admin.test/api/auth/callback/email?token=abc",
    });
    expect(sent).toHaveLength(1);
    return sent[0] as Email;
  }

  it("ends with the council contact from the city's settings, in the text and the HTML", async () => {
    await test.db.city.updateMany({ data: { contacts: CONTACTS } });
    const email = await sendSignInLink();
    expect(email.to).toBe("partner@org.test");
    expect(email.text).toContain("http://admin.test/api/auth/callback/email?token=abc");
    expect(email.text).toContain(
      "Your council contact: Partnerships team, team@council.test, 0121 000 0000 (weekdays).",
    );
    expect(email.html).toContain("Your council contact: Partnerships team");
  });

  it("is still sent, without a contact, when the city has none set", async () => {
    await test.db.city.updateMany({ data: { contacts: {} } });
    const email = await sendSignInLink();
    expect(email.text).toContain("http://admin.test/api/auth/callback/email?token=abc");
    expect(email.text).not.toContain("Your council contact");
  });
});
