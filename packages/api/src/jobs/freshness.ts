import type { Database } from "@free-city/db";
import { runFreshnessJob } from "../domain/freshness/run-freshness-job.ts";
import { readAdminEnv, readFreshnessEnv } from "../env.ts";

/**
 * The freshness job with the deployment's settings: links to the admin in the reminders (queued
 * for the worker to send), reminder and expiry periods from FRESHNESS_*. Used by
 * `pnpm jobs freshness` (by hand or from a cron); the worker runs it on its schedule.
 */
export async function runFreshnessFromEnv(db: Database, log: (line: string) => void) {
  const env = readAdminEnv();
  return runFreshnessJob({
    db,
    notifier: { links: { adminUrl: env.adminUrl, portalUrl: env.portalUrl } },
    settings: readFreshnessEnv(),
    log,
  });
}

export { takeCoverageSnapshot } from "../domain/coverage/take-coverage-snapshot.ts";
export { applyRetention } from "../domain/moderation/apply-retention.ts";
export { runRetentionJob } from "../domain/retention/run-retention-job.ts";
export { bootstrapAdmins } from "../domain/staff/bootstrap-admins.ts";
export { readAdminEmails, readFreshnessEnv } from "../env.ts";
export { graphileLogger, logJobEvents } from "./job-log.ts";
export { jobTasks, runDueJobs, SCHEDULE, startWorker, type WorkerOptions, workerLogger } from "./worker.ts";
