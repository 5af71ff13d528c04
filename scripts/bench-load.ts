// `pnpm bench:load [--connections 200] [--duration 60] [--unique-searches 10]`: the portal under load, on PostgreSQL
// with the demo data. Needs DATABASE_URL (migrated and seeded here; only what is missing) and the
// built portal (pnpm build). Prints the figures the README quotes: errors, timeouts, statuses,
// p50/p99 latency, requests per second, and the ratio to a static file served by the same server
// in the same run. Exit code 1 if any request errored, timed out or got a 5xx.
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { applyMigrations, connectForTask, runSeed } from "@free-city/db/tasks";
import { feedbackForm, type LoadResult, requestMix, runLoad, startPortal, warmUp } from "./load/portal-under-load.ts";

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "200" },
    duration: { type: "string", default: "60" },
    "static-duration": { type: "string" },
    "unique-searches": { type: "string", default: "10" },
    "post-every": { type: "string", default: "50" },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);
/** The share of searches (in %) asked for once only: the long tail that no cache holds. */
const uniqueSearchPercent = Number(values["unique-searches"]);
/** A feedback post every this many requests (0: none). */
const postEvery = Number(values["post-every"]);
const staticDuration = Number(values["static-duration"] ?? Math.max(5, Math.round(duration / 3)));
if (!process.env.DATABASE_URL) {
  console.error(
    "✖ Set DATABASE_URL to a PostgreSQL database for the benchmark (it is migrated and seeded with the demo data).",
  );
  process.exit(1);
}
const databaseUrl = process.env.DATABASE_URL;

const connection = await connectForTask();
await applyMigrations(connection.adapterFactory);
await runSeed(connection.db, { demo: true });
const mix = await requestMix(connection.db);
const marker = `bench ${Date.now()
  .toString(36)
  .replace(/\d/g, (d) => "abcdefghij"[Number(d)] ?? "")}`;

const logFile = path.join(mkdtempSync(path.join(os.tmpdir(), "fc-bench-load-")), "portal.log");
const portal = await startPortal(databaseUrl, logFile);
const post = await feedbackForm(portal.url, mix.offerSlugs[0] ?? "");
console.log(`Portal ${portal.url} (log: ${logFile}); ${connections} connections`);

// Warm up (every page of the mix once: first renders compile Next's code and fill the caches, as
// on a portal that has been serving a while), then the static file, then the mix.
const warmed = await warmUp(portal.url, mix.paths);
console.log(`Warmed up: ${new Set(mix.paths).size} pages in ${(warmed / 1000).toFixed(1)} s`);
console.log(`\n▸ Static file (/sw.js from the same server), ${staticDuration} s`);
const fixed = await runLoad({ url: portal.url, path: "/sw.js", connections, duration: staticDuration });
print(fixed);
console.log(
  `\n▸ The mix (searches with filters, ${uniqueSearchPercent}% of them asked for once only; offer, district, home and about pages; a feedback post every ${postEvery}), ${duration} s`,
);
const load = await runLoad({
  url: portal.url,
  mix,
  post,
  postEvery,
  marker,
  connections,
  duration,
  uniqueSearchPercent,
});
print(load);
printUnanswered(load);
const stored = await connection.db.feedback.count({ where: { comment: { startsWith: `${marker} post ` } } });
const ratio = load.reqPerSec / fixed.reqPerSec;
console.log(`\n  throughput ratio to the static file: ${ratio.toFixed(2)} (target ≥ 0.5)`);
console.log(
  `  feedback posts: ${load.feedbackSent.length} acknowledged, ${load.feedbackRefused} not: ${JSON.stringify(load.feedbackOutcomes)}; ${stored} in the database`,
);

const exitCode = await portal.stop();
await connection.close();
const fivexx = Object.entries(load.statuses)
  .filter(([code]) => code.startsWith("5"))
  .reduce((n, [, c]) => n + c, 0);
const failed = load.errors + load.timeouts + fivexx > 0 || stored < load.feedbackSent.length;
console.log(`\n${failed ? "✖" : "✔"} portal stopped (exit ${exitCode})`);
process.exit(failed ? 1 : 0);

function print(result: LoadResult) {
  console.log(
    `  ${result.requests} requests, ${result.reqPerSec.toFixed(0)} req/s; p50 ${result.p50} ms, p99 ${result.p99} ms; errors ${result.errors}, timeouts ${result.timeouts}; statuses ${JSON.stringify(result.statuses)}`,
  );
  const { hit = 0, miss = 0 } = result.pageCache;
  if (hit + miss > 0)
    console.log(
      `  page cache: ${hit} sent from it, ${miss} rendered and kept (${((100 * hit) / (hit + miss)).toFixed(0)}% hits); every other response was rendered for its request`,
    );
}

/**
 * The requests that timed out, and what the portal's log says of each (by its X-Request-Id): an
 * id the log never names reached no request handler (lost before the server read it, or in the
 * load generator itself); one the log names shows how long the server took and how it ended.
 */
function printUnanswered(result: LoadResult) {
  if (result.unanswered.length === 0) return;
  const seen = new Map<string, { status?: number; ms?: number; aborted?: boolean; cache?: string }>();
  for (const line of readFileSync(logFile, "utf8").split("\n")) {
    if (!line.includes('"req_id"')) continue;
    try {
      const entry = JSON.parse(line) as {
        req_id?: string;
        status?: number;
        ms?: number;
        aborted?: boolean;
        cache?: string;
      };
      if (entry.req_id) seen.set(entry.req_id, entry);
    } catch {
      // not a request line
    }
  }
  const byKind = new Map<string, { count: number; logged: number; ms: number[] }>();
  for (const request of result.unanswered) {
    const kind = `${request.method} ${request.path.replace(/\?.*$/, "").replace(/^\/(offers|districts|venues|about)\/.+$/, "/$1/…")}`;
    const row = byKind.get(kind) ?? { count: 0, logged: 0, ms: [] };
    row.count++;
    const entry = seen.get(request.id);
    if (entry) {
      row.logged++;
      if (typeof entry.ms === "number") row.ms.push(entry.ms);
    }
    byKind.set(kind, row);
  }
  console.log(
    `  unanswered (timed out): ${result.unanswered.length}; by page, and how many of them the portal's log names:`,
  );
  for (const [kind, row] of [...byKind].sort((a, b) => b[1].count - a[1].count))
    console.log(
      `    ${kind}: ${row.count}, in the log ${row.logged}${row.ms.length ? ` (server ms: ${Math.min(...row.ms)}–${Math.max(...row.ms)})` : ""}`,
    );
}
