import { createHash } from "node:crypto";
import { createPrismaClient } from "../client.ts";

const md5 = (text: string) => createHash("md5").update(text).digest("hex");

export type ConcurrencyReport = { queries: number; wrong: string[]; failed: string[] };

/**
 * Many parameterised queries of different shapes, all at once, over one pool of `connections`
 * (Prisma over node-postgres, as the apps use it). Each query's answer is made from its own
 * parameters, so a query that gets another query's rows (or another statement's parameters) is
 * caught, not just one that errors. PGlite's socket server failed this: it interleaves the
 * Parse/Bind/Execute messages of concurrent connections in its one session.
 */
export async function runConcurrentQueries(
  url: string,
  options: { queries?: number; connections?: number; timeoutMs?: number } = {},
): Promise<ConcurrencyReport> {
  const total = options.queries ?? 200;
  const db = createPrismaClient(url, { max: options.connections ?? 10 });
  const wrong: string[] = [];
  const failed: string[] = [];
  const check = (i: number, shape: string, actual: unknown, expected: unknown) => {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) wrong.push(`query ${i} (${shape}): expected ${e.slice(0, 200)}, got ${a.slice(0, 200)}`);
  };
  // Shapes differ in parameter count and types and in row count, like the portal's queries do.
  const one = async (i: number) => {
    const delay = (i % 7) / 1000; // a few ms of pg_sleep so queries overlap on the server
    switch (i % 5) {
      case 0: {
        const rows = await db.$queryRaw<{ id: number }[]>`SELECT ${i}::int AS id FROM pg_sleep(${delay})`;
        return check(i, "one int", rows, [{ id: i }]);
      }
      case 1: {
        const rows = await db.$queryRaw<{ id: number; label: string; twice: number }[]>`
          SELECT ${i}::int AS id, ${`label-${i}`}::text AS label, ${i}::int * 2 AS twice FROM pg_sleep(${delay})`;
        return check(i, "three values", rows, [{ id: i, label: `label-${i}`, twice: i * 2 }]);
      }
      case 2: {
        const count = (i % 5) + 1;
        const rows = await db.$queryRaw<{ id: number; n: number }[]>`
          SELECT ${i}::int AS id, g::int AS n FROM generate_series(1, ${count}::int) AS g, pg_sleep(${delay}) ORDER BY g`;
        return check(
          i,
          "a series",
          rows,
          Array.from({ length: count }, (_, k) => ({ id: i, n: k + 1 })),
        );
      }
      case 3: {
        // A large parameter (now and then a 4 MB one, like a spreadsheet import) reaches the
        // server in several reads: the PGlite socket server ran other connections' messages in
        // between, so this query's Bind met another query's statement.
        const text = `${i}:`.repeat(i % 20 === 3 ? 400_000 : 500);
        const rows = await db.$queryRaw<{ id: number; len: number; sum: string }[]>`
          SELECT ${i}::int AS id, length(${text}::text)::int AS len, md5(${text}::text) AS sum`;
        return check(i, `a ${text.length}-character parameter`, rows, [{ id: i, len: text.length, sum: md5(text) }]);
      }
      default: {
        // An interactive transaction: several statements that must run on one connection.
        // A generous wait for a free connection: on a loaded machine a slow start is not the bug.
        const rows = await db.$transaction(
          async (tx) => {
            await tx.$executeRaw`SELECT set_config('free_city.check', ${String(i)}, true)`;
            await tx.$executeRaw`SELECT pg_sleep(${delay})`;
            return tx.$queryRaw<{ v: string }[]>`SELECT current_setting('free_city.check') AS v`;
          },
          { maxWait: 30_000, timeout: 30_000 },
        );
        return check(i, "a transaction", rows, [{ v: String(i) }]);
      }
    }
  };
  // A server that stalls (the socket server did) must fail the check, not hang it.
  const timeoutMs = options.timeoutMs ?? 60_000;
  const timers: NodeJS.Timeout[] = [];
  const answered = (i: number) =>
    Promise.race([
      one(i),
      new Promise<never>((_, reject) => {
        timers.push(setTimeout(() => reject(new Error(`no answer in ${timeoutMs / 1000} s`)), timeoutMs));
      }),
    ]);
  try {
    await Promise.all(
      Array.from({ length: total }, (_, i) =>
        answered(i).catch((error: unknown) => {
          const message = error instanceof Error ? (error.message.split("\n").at(-1) ?? "") : String(error);
          failed.push(`query ${i}: ${message.slice(0, 200)}`);
        }),
      ),
    );
  } finally {
    for (const timer of timers) clearTimeout(timer);
    // A stalled server never answers the disconnect either.
    await Promise.race([db.$disconnect(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  }
  return { queries: total, wrong, failed };
}
