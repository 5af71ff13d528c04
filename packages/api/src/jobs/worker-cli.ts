// `pnpm worker`: the background worker as its own process (production: one or more of these next
// to the apps; the embedded demo's start command runs one inside itself). It sends queued
// emails (with retries) and runs the schedule: freshness and the coverage snapshot every 6 hours,
// retention every 10 minutes, each once per time however many workers run.
import { createPrismaClient, DatabaseError, describeUrl, resolveDatabaseUrl } from "@free-city/db";
import { createLogger, routeConsoleTo } from "@free-city/log";
import { createMailer } from "../email/send-email.ts";
import {
  allowMissingSecretForJobs,
  ConfigError,
  readAdminEnv,
  readFreshnessEnv,
  readWorkerConcurrency,
} from "../env.ts";
import { graphileLogger, logJobEvents } from "./job-log.ts";
import { startWorker } from "./worker.ts";

// One JSON line per job and message in production (readable with LOG_FORMAT=pretty), scrubbed.
const logger = createLogger({ app: "worker" });
routeConsoleTo(logger);

async function main() {
  allowMissingSecretForJobs();
  const env = readAdminEnv();
  const url = resolveDatabaseUrl();
  const concurrency = readWorkerConcurrency();
  const db = createPrismaClient(url, { max: 4 });
  const log = (line: string) => logger.info(line);
  const runner = await startWorker({
    connectionString: url,
    db,
    mailer: createMailer({ db, emailServer: env.emailServer, emailFrom: env.emailFrom }),
    links: { adminUrl: env.adminUrl, portalUrl: env.portalUrl },
    freshness: readFreshnessEnv(),
    concurrency,
    log,
    logger: graphileLogger(logger),
  });
  logJobEvents(runner, logger);
  log(
    `Working on ${describeUrl(url)} (${concurrency} at a time; email ${env.emailServer ? "through EMAIL_SERVER" : "to the demo outbox"}).`,
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log("Stopping: finishing the jobs in hand…");
    await runner.stop();
    await db.$disconnect();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  await runner.promise;
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseError) {
    logger.fatal(error.message);
    process.exit(1);
  }
  throw error;
});
