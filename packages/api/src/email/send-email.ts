import type { Database } from "@free-city/db";
import nodemailer from "nodemailer";

export type Email = { to: string; subject: string; text: string; html: string };

export type Mailer = { send(email: Email): Promise<void>; outbox: boolean };

/**
 * Sends email through EMAIL_SERVER (SMTP). Without it (the embedded demo), emails are kept in
 * the outbox table, shown on the admin's demo-only outbox page, and their text is logged.
 */
export function createMailer(options: {
  db: Database;
  emailServer: string | undefined;
  emailFrom: string;
  log?: (line: string) => void;
}): Mailer {
  if (options.emailServer) {
    const transport = nodemailer.createTransport(options.emailServer);
    return {
      outbox: false,
      async send(email) {
        await transport.sendMail({ from: options.emailFrom, ...email });
      },
    };
  }
  const log = options.log ?? ((line: string) => console.log(line));
  return {
    outbox: true,
    async send(email) {
      await options.db.outboxEmail.create({ data: email });
      log(
        `[outbox] To: ${email.to} | ${email.subject}\n${email.text
          .split("\n")
          .map((l) => `[outbox]   ${l}`)
          .join("\n")}`,
      );
    },
  };
}
