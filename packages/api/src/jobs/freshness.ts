import type { Database } from "@free-city/db";
import { runFreshnessJob } from "../domain/freshness/run-freshness-job.ts";
import { createMailer } from "../email/send-email.ts";
import { readAdminEnv, readFreshnessEnv } from "../env.ts";

/**
 * The freshness job with the deployment's settings: email through EMAIL_SERVER (or the demo
 * outbox), links to the admin, reminder and expiry periods from FRESHNESS_*. Used by
 * `pnpm jobs freshness` (for a cron) and by the start command (every 6 hours).
 */
export async function runFreshnessFromEnv(db: Database, log: (line: string) => void) {
  const env = readAdminEnv();
  const mailer = createMailer({ db, emailServer: env.emailServer, emailFrom: env.emailFrom, log: () => {} });
  return runFreshnessJob({
    db,
    notifier: { mailer, links: { adminUrl: env.adminUrl, portalUrl: env.portalUrl } },
    settings: readFreshnessEnv(),
    log,
  });
}

export { takeCoverageSnapshot } from "../domain/coverage/coverage-snapshots.ts";
export { applyRetention } from "../domain/moderation/apply-retention.ts";
export { bootstrapAdmins } from "../domain/staff/manage-staff.ts";
export { readAdminEmails } from "../env.ts";
