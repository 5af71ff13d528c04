import type { Database } from "@free-city/db";
import { getPhotoStorage, type PhotoStorage, readPhotoGraceDays } from "@free-city/photos";
import { Logger, parseCrontab, type Runner, run, runOnce, type TaskList } from "graphile-worker";
import pg from "pg";
import type { AppLinks } from "../context.ts";
import { getCityContacts } from "../domain/city/get-city-contacts.ts";
import { takeCoverageSnapshot } from "../domain/coverage/take-coverage-snapshot.ts";
import { type FreshnessSettings, runFreshnessJob } from "../domain/freshness/run-freshness-job.ts";
import { applyRetention } from "../domain/moderation/apply-retention.ts";
import { removeUnusedPhotos } from "../domain/photos/remove-unused-photos.ts";
import { runRetentionJob } from "../domain/retention/run-retention-job.ts";
import { queuedEmail, SEND_EMAIL_TASK } from "../email/queue-email.ts";
import type { Mailer } from "../email/send-email.ts";
import { withCouncilContact } from "../email/with-council-contact.ts";

/**
 * Background work on graphile-worker: a PostgreSQL job queue (SKIP LOCKED, LISTEN/NOTIFY), so the
 * database the apps already use is the only thing shared between instances and workers.
 *
 * The schedule (graphile-worker's crontab, in UTC). Each line runs once per time however many
 * workers run: graphile-worker records each run in `graphile_worker._private_known_crontabs`
 * and adds it as a job with a unique key, so a second worker finds it taken. `fill` makes a
 * worker that was down at the time catch up on the last run it missed within that period.
 */
export const SCHEDULE = [
  "0 */6 * * * freshness ?fill=6h&max=3",
  "30 */6 * * * coverage ?fill=6h&max=3",
  "*/10 * * * * retention ?max=3",
  "45 3 * * * photo-files ?fill=1d&max=3",
].join("\n");

export type JobDeps = {
  db: Database;
  /** How the worker sends email: SMTP through EMAIL_SERVER, or the demo outbox. */
  mailer: Mailer;
  links: AppLinks;
  freshness?: FreshnessSettings;
  /** Where photo files are kept (default: from the environment, like the apps). */
  photoStorage?: PhotoStorage;
  /** Days an unused photo keeps its files (default: FREE_CITY_PHOTO_GRACE_DAYS, else 7). */
  photoGraceDays?: number;
  log?: (line: string) => void;
};

/**
 * Every task the worker knows. A task that throws is retried by graphile-worker with
 * exponential backoff (exp(min(attempt, 10)) seconds) up to its job's max_attempts.
 */
export function jobTasks(deps: JobDeps): TaskList {
  const log = deps.log ?? (() => {});
  return {
    [SEND_EMAIL_TASK]: async (payload) => {
      await deps.mailer.send(withCouncilContact(queuedEmail.parse(payload), await getCityContacts(deps.db)));
    },
    freshness: async () => {
      await runFreshnessJob({ db: deps.db, notifier: { links: deps.links }, settings: deps.freshness, log });
    },
    coverage: async () => {
      log(`Coverage snapshot: ${await takeCoverageSnapshot(deps.db)} cells for today.`);
    },
    retention: async () => {
      // Youth voice text past the city's retention period, then shared state past its window.
      await applyRetention(deps.db, { log });
      const deleted = await runRetentionJob(deps.db);
      if (deleted.counters + deleted.seen + deleted.salts > 0)
        log(
          `Retention: deleted ${deleted.counters} rate-limit counters, ${deleted.seen} de-duplication rows, ${deleted.salts} old salts.`,
        );
    },
    "photo-files": async () => {
      // Photos nothing uses (removed, of archived offers, taken down): their files go after a grace period.
      const graceDays = deps.photoGraceDays ?? readPhotoGraceDays();
      const done = await removeUnusedPhotos(deps.db, deps.photoStorage ?? getPhotoStorage(), { graceDays });
      if (done.marked + done.deleted > 0)
        log(
          `Photo files: ${done.marked} photos now unused, ${done.deleted} unused for ${graceDays} days deleted (${done.files} files).`,
        );
    },
  };
}

export type WorkerOptions = JobDeps & {
  /** A pg.Pool of its own, or a connection string (the worker then makes and closes its pool). */
  pgPool?: pg.Pool;
  connectionString?: string;
  /** Jobs run at once by this worker (default 2). */
  concurrency?: number;
  /** The crontab to run (default SCHEDULE); false for a worker that only empties the queue. */
  schedule?: string | false;
  logger?: Logger;
  /** Check for jobs every … ms when no notification arrives (graphile-worker's default: 2 s). */
  pollInterval?: number;
};

/** graphile-worker's log as lines through `log`: information and above (no debug chatter). */
export function workerLogger(log: (line: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if (level !== "debug") log(level === "info" ? message : `${level}: ${message}`);
  });
}

/**
 * The worker's own pool, for a connection string. Each connection gets an error listener: one
 * that PostgreSQL ends (a restart, a failover, a dropped database) while it is idle or closing
 * is logged, where graphile-worker's own pool let it escape as an uncaught exception.
 */
function workerPool(connectionString: string | undefined, log: (line: string) => void): pg.Pool {
  const pool = new pg.Pool({ connectionString });
  const logged = (error: Error) => log(`Job queue connection closed: ${error.message}`);
  pool.on("error", logged);
  pool.on("connect", (client) => client.on("error", logged));
  return pool;
}

/** Starts a long-running worker. Stop it with `runner.stop()` (finishes the jobs in hand, then closes its own pool). */
export async function startWorker(options: WorkerOptions): Promise<Runner> {
  const ownPool = options.pgPool ? null : workerPool(options.connectionString, options.log ?? console.log);
  const runner = await startRunner({ ...options, pgPool: options.pgPool ?? ownPool ?? undefined });
  if (!ownPool) return runner;
  const stop = runner.stop.bind(runner);
  return Object.assign(runner, {
    stop: async () => {
      await stop();
      await ownPool.end();
    },
  });
}

function startRunner(options: WorkerOptions): Promise<Runner> {
  return run({
    ...(options.pgPool ? { pgPool: options.pgPool } : { connectionString: options.connectionString }),
    concurrency: options.concurrency ?? 2,
    taskList: jobTasks(options),
    parsedCronItems: options.schedule === false ? [] : parseCrontab(options.schedule ?? SCHEDULE),
    noHandleSignals: true,
    // No named prepared statements: they belong to a server session, and a connection pooler in
    // transaction mode (PgBouncer) or the embedded PGlite server (one session for every
    // connection) would mix them up ("prepared statement … already exists"). The cost is small.
    noPreparedStatements: true,
    pollInterval: options.pollInterval,
    logger: options.logger ?? workerLogger(options.log ?? console.log),
  });
}

/** Runs every job that is due now, then returns (`pnpm jobs emails`, tests). */
export function runDueJobs(options: WorkerOptions): Promise<void> {
  return runOnce({
    ...(options.pgPool ? { pgPool: options.pgPool } : { connectionString: options.connectionString }),
    noPreparedStatements: true,
    taskList: jobTasks(options),
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
