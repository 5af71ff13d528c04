import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A message as the SMTP server received it: the envelope's recipients and the raw message. */
export type ReceivedMail = { to: string[]; raw: string };

export type TestSmtpServer = {
  /** Every message received since the server was made, across stops and starts. */
  mails: ReceivedMail[];
  port(): number;
  url(): string;
  start(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * A real SMTP server in this process that keeps what it receives: what a partner's mail server
 * would get. It can be stopped and started again on the same port (a mail server going down and
 * coming back). Port 0 takes a free port at the first start and keeps it.
 */
export function testSmtpServer(port = 0): TestSmtpServer {
  const mails: ReceivedMail[] = [];
  let server: SMTPServer | undefined;
  let bound = port;
  return {
    mails,
    port: () => bound,
    url: () => `smtp://127.0.0.1:${bound}`,
    start: () =>
      new Promise<void>((resolve) => {
        const started = new SMTPServer({
          authOptional: true,
          disabledCommands: ["STARTTLS"],
          onData(stream, session, callback) {
            let raw = "";
            stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
            stream.on("end", () => {
              mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
              callback();
            });
          },
        });
        server = started;
        started.listen(bound, "127.0.0.1", () => {
          bound = (started.server.address() as AddressInfo).port;
          resolve();
        });
      }),
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
}

/** `testSmtpServer`, started. */
export async function startTestSmtpServer(port = 0): Promise<TestSmtpServer> {
  const smtp = testSmtpServer(port);
  await smtp.start();
  return smtp;
}
