import { makeDistrict, type TestDatabase, testDatabaseKind } from "@free-city/db/testing";
import type { CityContacts } from "@free-city/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, outbox } from "../test/setup.ts";
import { queueEmail } from "./queue-email.ts";
import { withCouncilContact } from "./with-council-contact.ts";

const CONTACTS: CityContacts = {
  partnerTeam: { name: "Partnerships team", email: "team@council.test", phone: "0121 000 0000", hours: "weekdays" },
  accessibility: { email: "access@council.test", phone: "0121 000 0001" },
  dataProtection: { email: "dp@council.test" },
  safeguarding: { name: "Advice service", phone: "0121 000 0002", hours: "any time" },
  youngPeople: { helpline: "Childline", phone: "0800 1111", url: "https://www.childline.org.uk/", emergency: "999" },
};

describe(`the council contact in every email (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.close());

  it("adds the partners' team to the text and the HTML, escaped, and leaves an email alone when none is set", () => {
    const email = { to: "a@b.test", subject: "Hi", text: "Hello", html: "<html><body><p>Hello</p></body></html>" };
    const sent = withCouncilContact(email, {
      ...CONTACTS,
      partnerTeam: { ...CONTACTS.partnerTeam, name: "Team <b>A</b>" },
    });
    expect(sent.text).toBe(
      "Hello\n\nYour council contact: Team <b>A</b>, team@council.test, 0121 000 0000 (weekdays).",
    );
    expect(sent.html).toContain("Your council contact: Team &lt;b&gt;A&lt;/b&gt;");
    expect(sent.html.endsWith("</p></body></html>")).toBe(true);
    expect(withCouncilContact(email, null)).toEqual(email);
  });

  it("is added by the worker to a queued email, from the city's settings", async () => {
    await makeDistrict(test.db);
    await test.db.city.updateMany({ data: { contacts: CONTACTS } });
    await queueEmail(test.db, {
      to: "owner@org.test",
      subject: "Live",
      text: "It is live.",
      html: "<p>It is live.</p>",
    });
    const [sent] = await outbox(test.db, "owner@org.test");
    expect(sent?.text).toContain("Your council contact: Partnerships team, team@council.test");
  });
});
