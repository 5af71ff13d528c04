import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { connectForTask, embeddedDatabaseUrl } from "./connect.ts";
import { resolveDatabaseUrl } from "./env.ts";
import { DatabaseError } from "./errors.ts";
import { assertPortFree } from "./ports.ts";

describe("database settings and connection errors", () => {
  const saved = process.env.DATABASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  });

  it("tasks use the embedded database when DATABASE_URL is unset; the apps are told to set it", () => {
    // The embedded server's generated password is in the URL (never the same on two machines).
    expect(embeddedDatabaseUrl()).toMatch(/^postgresql:\/\/postgres:[\w-]{20,}@127\.0\.0\.1:\d+\/postgres$/);
    for (const env of [{}, { DATABASE_URL: " " }]) {
      expect(() => resolveDatabaseUrl(env)).toThrow(/^DATABASE_URL is not set\. Start the apps with `npm start`/);
    }
  });

  it.each(["mysql://x@localhost/db", "not a url", "postgresql://"])(
    "names a malformed DATABASE_URL (%s) and hides passwords",
    (url) => {
      const error = (() => {
        try {
          resolveDatabaseUrl({ DATABASE_URL: url });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as DatabaseError).code).toBe("BAD_DATABASE_URL");
      expect((error as Error).message).toMatch(/^DATABASE_URL must look like postgresql:\/\//);
    },
  );

  it("redacts the password of a bad URL in the message", () => {
    expect(() => resolveDatabaseUrl({ DATABASE_URL: "mysql://me:secret@db/x" })).toThrow(/me:\*\*\*@/);
  });

  it("names host and port when the server cannot be reached", async () => {
    // A port nothing listens on: bind and close one to find it.
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    const error = await connectForTask().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe("DATABASE_UNREACHABLE");
    expect((error as Error).message).toMatch(
      new RegExp(`^Cannot reach the database at 127\\.0\\.0\\.1:${port}/postgres`),
    );
  });

  it("names a database that does not exist", async () => {
    if (!process.env.TEST_DATABASE_URL) return; // needs a PostgreSQL server
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = "/no_such_database_here";
    process.env.DATABASE_URL = url.toString();
    const error = await connectForTask().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/no_such_database_here does not exist/);
  });

  it("says which port is taken and by what it is needed", async () => {
    const server = net.createServer();
    const port = await new Promise<number>((resolve) =>
      server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port)),
    );
    const error = await assertPortFree(port, "the portal").catch((e: unknown) => e);
    server.close();
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as Error).message).toMatch(new RegExp(`^Port ${port} is already in use, so the portal cannot start`));
  });
});
