// `pnpm drill:db-restart [--connections 50] [--duration 30] [--outage 3]`: PostgreSQL restarted
// under load. Runs its own real PostgreSQL (the embedded server, on a spare port, in a throwaway
// folder: restarting the machine's shared server would disturb everyone else on it), migrates and
// seeds it, starts the built portal (pnpm build) and loads it with the bench's mix and feedback
// posts; a third of the way in, the database is stopped for --outage seconds and started again.
// Reports: statuses during the run (503s expected while down, no 500s), how fast pages answered
// while it was down, what /api/ready said, the time from the database being back to pages and
// /api/ready answering 200 (no portal restart), and that every acknowledged feedback post is in
// the database afterwards. Exit code 1 on any 500, lost post or no recovery.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@free-city/db";
import { applyMigrations, connectForTask, runSeed, startEmbeddedServer } from "@free-city/db/tasks";
import { feedbackForm, requestMix, runLoad, sparePort, startPortal } from "./load/portal-under-load.ts";

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "50" },
    duration: { type: "string", default: "30" },
    outage: { type: "string", default: "3" },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);
const outageS = Number(values.outage);
const work = mkdtempSync(path.join(os.tmpdir(), "fc-drill-"));
const dataDir = path.join(work, "postgres");
const port = await sparePort();
const log = (line: string) => console.log(line);

log(`▸ PostgreSQL (embedded, real PostgreSQL) on port ${port}, data in ${dataDir}`);
let server = await startEmbeddedServer({ port, dataDir });
const databaseUrl = server.url;
process.env.DATABASE_URL = databaseUrl;
const setup = await connectForTask();
await applyMigrations(setup.adapterFactory);
await runSeed(setup.db, { demo: true });
const mix = await requestMix(setup.db);
await setup.close();

const portal = await startPortal(databaseUrl, path.join(work, "portal.log"));
const post = await feedbackForm(portal.url, mix.offerSlugs[0] ?? "");
await runLoad({ url: portal.url, mix, connections: 10, duration: 3 });
log(`▸ Portal ${portal.url}; ${connections} connections for ${duration} s; the database stops for ${outageS} s`);

type Probe = { at: number; status: number; reason?: string; ms: number };
const readyProbes: Probe[] = [];
const pageProbes: Probe[] = [];
let probing = true;
/** Two probe loops (readiness, a search page), each a request every 100 ms after the last answer. */
const probeLoop = (url: string, into: Probe[], check: (status: number, body: string) => string | undefined) =>
  (async () => {
    while (probing) {
      const at = Date.now();
      const response = await fetch(url, { headers: { accept: "text/html" } }).catch(() => undefined);
      const body = response ? await response.text().catch(() => "") : "";
      into.push({ at, status: response?.status ?? 0, reason: check(response?.status ?? 0, body), ms: Date.now() - at });
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
const probes = Promise.all([
  probeLoop(`${portal.url}/api/ready`, readyProbes, (_, body) => /"reason":"([a-z_]+)"/.exec(body)?.[1]),
  probeLoop(`${portal.url}/search?q=art`, pageProbes, (status, body) =>
    status === 503 ? (body.includes("Try again in a minute") ? "friendly" : "NOT FRIENDLY") : undefined,
  ),
]);

const marker = `drill ${Date.now()
  .toString(36)
  .replace(/\d/g, (d) => "abcdefghij"[Number(d)] ?? "")}`;
const loadDone = runLoad({ url: portal.url, mix, post, postEvery: 20, marker, connections, duration });
await new Promise((r) => setTimeout(r, (duration * 1000) / 3));
const downAt = Date.now();
await server.stop();
log(`  database stopped (${((Date.now() - downAt) / 1000).toFixed(1)} s to stop)`);
await new Promise((r) => setTimeout(r, outageS * 1000));
const upStart = Date.now();
server = await startEmbeddedServer({ port, dataDir });
const upAt = Date.now();
log(`  database started again (${((upAt - upStart) / 1000).toFixed(1)} s to start)`);
const load = await loadDone;
probing = false;
await probes;

const whileDown = (list: Probe[]) => list.filter((p) => p.at >= downAt + 500 && p.at < upStart);
const backPage = pageProbes.find((p) => p.at >= upAt && p.status === 200);
const backReady = readyProbes.find((p) => p.at >= upAt && p.status === 200);
const after = pageProbes.filter((p) => backPage && p.at > backPage.at);
const db = createPrismaClient(databaseUrl, { max: 1 });
const stored = new Set(
  (
    await db.feedback.findMany({ where: { comment: { startsWith: `${marker} post ` } }, select: { comment: true } })
  ).map((f) => f.comment),
);
const lost = load.feedbackSent.filter((comment) => !stored.has(comment));
await db.$disconnect();

const count = (prefix: string) =>
  Object.entries(load.statuses)
    .filter(([code]) => code.startsWith(prefix))
    .reduce((n, [, c]) => n + c, 0);
const fiveHundreds = count("500") + count("502") + count("504");
log(`
Load: ${load.requests} requests, ${load.reqPerSec.toFixed(0)} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms
  statuses ${JSON.stringify(load.statuses)}; errors ${load.errors}; timeouts ${load.timeouts}
  503 (friendly "try again in a minute"): ${count("503")}; 500/502/504: ${fiveHundreds}
While the database was down: pages ${JSON.stringify(tally(whileDown(pageProbes).map((p) => `${p.status} ${p.reason ?? ""}`.trim())))}, slowest ${Math.max(0, ...whileDown(pageProbes).map((p) => p.ms))} ms; /api/ready ${JSON.stringify(tally(whileDown(readyProbes).map((p) => `${p.status} ${p.reason ?? ""}`.trim())))}
Back: pages 200 ${backPage ? `${((backPage.at - upAt) / 1000).toFixed(1)} s` : "never"} and /api/ready 200 ${backReady ? `${((backReady.at - upAt) / 1000).toFixed(1)} s` : "never"} after the database was up (portal not restarted); afterwards ${after.filter((p) => p.status !== 200).length} of ${after.length} probes not 200
Feedback: ${load.feedbackSent.length} acknowledged, all but ${lost.length} in the database after the restart (outcomes ${JSON.stringify(load.feedbackOutcomes)}: a 503 while the database was down is not an acknowledgement)`);

const exitCode = await portal.stop();
await server.stop();
rmSync(work, { recursive: true, force: true });
const failed = fiveHundreds > 0 || lost.length > 0 || !backPage || !backReady || load.timeouts > 0;
log(`${failed ? "✖ drill failed" : "✔ drill passed"} (portal exit ${exitCode})`);
process.exit(failed ? 1 : 0);

function tally(list: (string | number)[]) {
  const out: Record<string, number> = {};
  for (const item of list) out[String(item)] = (out[String(item)] ?? 0) + 1;
  return out;
}
