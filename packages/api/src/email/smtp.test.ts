import { type TestDatabase, testDatabaseKind } from "@free-city/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, deliverQueuedEmails, makeLiveOffer, makeWorld, type World } from "../test/setup.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../test/smtp-server.ts";
import { createMailer } from "./send-email.ts";

describe(`owner emails through a real SMTP server (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  let world: World;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    test = await createTestDatabase();
    world = await makeWorld(test);
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp.stop();
    await test.close();
  });

  it("sends the approval to every owner as plain text and HTML, with the partner's text escaped", async () => {
    const mailer = createMailer({
      db: world.db,
      emailServer: smtp.url(),
      emailFrom: "Free City <no-reply@free-city.test>",
    });
    const title = "Art & <script>alert(1)</script> club";
    await makeLiveOffer(world, title);
    await deliverQueuedEmails(world.db, mailer);

    const approval = smtp.mails.find((m) => /Subject: Live on Free City/.test(m.raw));
    expect(approval, "an approval email arrived").toBeTruthy();
    expect(approval!.to).toEqual([world.partner.email]);
    expect(approval!.raw).toMatch(/Content-Type: text\/plain/);
    expect(approval!.raw).toMatch(/Content-Type: text\/html/);
    // The HTML part (quoted-printable, unfolded): the title as text, never as markup.
    const html = approval!.raw
      .split(/Content-Type: text\/html/)[1]!
      .split(/\r?\n--/)[0]!
      .replace(/=\r?\n/g, "")
      .replace(/=3D/g, "=");
    expect(html).toContain("Art &amp; &lt;script&gt;alert(1)&lt;/script&gt; club");
    expect(html).not.toContain("<script>");
    // The plain-text part carries it as the partner typed it (text is never read as HTML).
    expect(approval!.raw.split(/Content-Type: text\/html/)[0]).toContain("alert(1)");
    // Nothing went to the demo outbox: real email was configured.
    expect(await world.db.outboxEmail.count()).toBe(0);
    expect(smtp.mails.some((m) => /Subject: Sent for review/.test(m.raw))).toBe(true);
  });
});
