import { describe, expect, it } from "vitest";
import { createLogger, routeConsoleTo } from "./logger.ts";
import { routeOf, scrub } from "./scrub.ts";

/** What must never reach a log line, each as it might turn up in real messages. */
const SECRETS = {
  email: "young.person+test@example.org",
  token: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
  signInLink:
    "http://localhost:3001/api/auth/callback/email?callbackUrl=%2F&token=abc123def456&email=partner%40example.org",
  invitation: "https://admin.example.org/invitations/Zk3xQ9pL2mN7vB5cR8tY1wE4",
  ipv4: "203.0.113.42",
  ipv6: "2001:db8:85a3::8a2e:370:7334",
  mappedIpv6: "::ffff:198.51.100.7",
  postcode: "B5 4BU",
  position: "52.4796, -1.9026",
  dbPassword: "postgresql://free_city:s3cr3t-pass@db.internal:5432/free_city",
};

function capture(format: "json" | "pretty") {
  const lines: string[] = [];
  const logger = createLogger({ app: "test", format, sink: { write: (text: string) => lines.push(text) } });
  return { logger, lines };
}

function expectClean(text: string) {
  expect(text).not.toContain("young.person");
  expect(text).not.toContain("@example.org");
  expect(text).not.toContain("partner%40example.org");
  expect(text).not.toContain(SECRETS.token);
  expect(text).not.toContain("abc123def456");
  expect(text).not.toContain("Zk3xQ9pL2mN7vB5cR8tY1wE4");
  expect(text).not.toContain("203.0.113.42");
  expect(text).not.toContain("2001:db8");
  expect(text).not.toContain("198.51.100.7");
  expect(text).not.toMatch(/B5 ?4BU/i);
  expect(text).not.toContain("52.4796");
  expect(text).not.toContain("-1.9026");
  expect(text).not.toContain("s3cr3t-pass");
}

describe("logs never carry personal details or secrets", () => {
  for (const format of ["json", "pretty"] as const) {
    it(`scrubs messages, fields, nested values and errors (${format})`, () => {
      const { logger, lines } = capture(format);
      logger.info(`Sign-in link for ${SECRETS.email}: ${SECRETS.signInLink}`);
      logger.info(`Invitation ${SECRETS.invitation} from ${SECRETS.ipv4} and ${SECRETS.ipv6} (${SECRETS.mappedIpv6})`);
      logger.info(`search near ${SECRETS.postcode} at ${SECRETS.position}; db ${SECRETS.dbPassword}`);
      logger.info(
        {
          email: SECRETS.email,
          to: SECRETS.email,
          ip: SECRETS.ipv4,
          lat: 52.4796,
          lng: -1.9026,
          postcode: SECRETS.postcode,
          nested: {
            url: `/search?q=football&lat=52.4796&lng=-1.9026&postcode=B5%204BU&sort=near`,
            who: [SECRETS.email],
          },
          headers: { "x-forwarded-for": SECRETS.ipv4, cookie: `next-auth.session-token=${SECRETS.token}` },
        },
        "request details",
      );
      const error = new Error(`could not send to ${SECRETS.email} with token ${SECRETS.token}`);
      logger.error({ err: error }, `failed for ${SECRETS.email}`);
      const text = lines.join("");
      expect(lines.length).toBe(5);
      expectClean(text);
      // What is allowed stays: the message text around it and harmless fields.
      expect(text).toContain("request details");
      expect(text).toContain("q=football");
      expect(text).toContain("[email]");
      if (format === "json") for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    });
  }

  it("one JSON object a line with time, level, app and message", () => {
    const { logger, lines } = capture("json");
    logger.info({ req_id: "r1", method: "GET", route: "/search", status: 200, ms: 12 }, "request");
    const record = JSON.parse(lines[0] ?? "{}") as Record<string, unknown>;
    expect(record).toMatchObject({ level: "info", app: "test", msg: "request", method: "GET", status: 200 });
    expect(typeof record.time).toBe("string");
  });

  it("console output goes through the logger too (Next.js prints there)", () => {
    const { logger, lines } = capture("json");
    const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
    try {
      routeConsoleTo(logger);
      console.error("[error ABCD] unexpected error", new Error(`duplicate key for ${SECRETS.email}`));
      console.log(`sending to ${SECRETS.email} from ${SECRETS.ipv4}`);
    } finally {
      Object.assign(console, saved);
    }
    expect(lines.length).toBe(2);
    expectClean(lines.join(""));
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ level: "error", msg: "[error ABCD] unexpected error" });
  });

  it("routes keep the path, never the query, and hide ids and tokens", () => {
    expect(routeOf("/search?lat=52.47&lng=-1.90&postcode=B5")).toBe("/search");
    expect(routeOf("/invitations/Zk3xQ9pL2mN7vB5cR8tY1wE4")).toBe("/invitations/:token");
    expect(routeOf("/api/auth/callback/email?token=x&email=a%40b.org")).toBe("/api/auth/callback/:provider");
    expect(routeOf("/organisations/cm3k2j1h0g9f8e7d6c5b4a3z2/offers")).toBe("/organisations/:id/offers");
    expect(routeOf("/offers/code-club-make-your-own-game-2026")).toBe("/offers/code-club-make-your-own-game-2026");
    expect(routeOf("/ur/districts/ladywood")).toBe("/ur/districts/ladywood");
  });

  it("keeps ordinary text readable", () => {
    expect(scrub("Applied 3 migrations at 10:00:00 in 1.25 s")).toBe("Applied 3 migrations at 10:00:00 in 1.25 s");
    expect(scrub("Coverage snapshot: 240 cells for today.")).toBe("Coverage snapshot: 240 cells for today.");
  });
});
