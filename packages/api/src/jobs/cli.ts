// Jobs run once, by hand or from a cron (the worker, `pnpm worker`, runs them on its schedule):
//   pnpm jobs freshness     remind owners of unconfirmed offers; hide those unconfirmed too long
//   pnpm jobs coverage      today's coverage snapshot (district × category × age band) for trends
//   pnpm jobs retention     remove old youth-voice text (the city's retention period) and expired limit/de-dup rows
//   pnpm jobs emails        send the queued emails that are due now, then stop
//   pnpm jobs photo-files   mark photos nothing uses; delete those unused for 7 days, and their files

import { type Database, DatabaseError } from "@free-city/db";
import { connectForTask } from "@free-city/db/tasks";
import { getPhotoStorage, readPhotoGraceDays } from "@free-city/photos";
import { removeUnusedPhotos } from "../domain/photos/remove-unused-photos.ts";
import { runRetentionJob } from "../domain/retention/run-retention-job.ts";
import { createMailer } from "../email/send-email.ts";
import { allowMissingSecretForJobs, ConfigError, readAdminEnv } from "../env.ts";
import { applyRetention, runFreshnessFromEnv, takeCoverageSnapshot } from "./freshness.ts";
import { runDueJobs, workerLogger } from "./worker.ts";

type Job = (db: Database, log: (line: string) => void, url: string) => Promise<unknown>;

const JOBS: Record<string, Job> = {
  freshness: async (db, log) => {
    await runFreshnessFromEnv(db, log);
    log("Reminder emails are queued; the worker (pnpm worker, or pnpm jobs emails) sends them.");
  },
  coverage: async (db, log) => log(`Coverage snapshot: ${await takeCoverageSnapshot(db)} cells for today.`),
  retention: async (db, log) => {
    await applyRetention(db, { log });
    const deleted = await runRetentionJob(db);
    log(
      `Deleted ${deleted.counters} expired rate-limit counters, ${deleted.seen} de-duplication rows, ${deleted.salts} old salts.`,
    );
  },
  "photo-files": async (db, log) => {
    const graceDays = readPhotoGraceDays();
    const done = await removeUnusedPhotos(db, getPhotoStorage(), { graceDays });
    log(
      `Photos: ${done.marked} newly unused, ${done.kept} in use again, ${done.deleted} unused for ${graceDays} days deleted (${done.files} files).`,
    );
  },
  emails: async (db, log, url) => {
    const env = readAdminEnv();
    const before = await queuedEmails(db);
    await runDueJobs({
      connectionString: url,
      db,
      mailer: createMailer({ db, emailServer: env.emailServer, emailFrom: env.emailFrom }),
      links: { adminUrl: env.adminUrl, portalUrl: env.portalUrl },
      logger: workerLogger(log),
    });
    log(`Queued emails: ${before} before, ${await queuedEmails(db)} still waiting (a failed one is retried later).`);
  },
};

async function queuedEmails(db: Database): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'send-email'`;
  return row?.n ?? 0;
}

async function main() {
  const name = process.argv[2];
  const job = name ? JOBS[name] : undefined;
  if (!job) {
    console.error(`Which job? One of: ${Object.keys(JOBS).join(", ")}. For example: pnpm jobs freshness`);
    process.exit(2);
  }
  allowMissingSecretForJobs();
  const connection = await connectForTask((line) => console.log(`  ${line}`));
  try {
    await job(connection.db, (line) => console.log(line), connection.url);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseError) {
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
  throw error;
});
