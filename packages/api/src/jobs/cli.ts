// Scheduled jobs, for a cron or by hand:
//   pnpm jobs freshness     remind owners of unconfirmed offers; hide those unconfirmed too long
//   pnpm jobs coverage      today's coverage snapshot (district × category × age band) for trends
//   pnpm jobs retention     remove the text of youth feedback and reports handled longer ago than the city keeps it

import { DatabaseError } from "@free-city/db";
import { connectForTask } from "@free-city/db/tasks";
import { ConfigError } from "../env.ts";
import { applyRetention, runFreshnessFromEnv, takeCoverageSnapshot } from "./freshness.ts";

const JOBS = {
  freshness: runFreshnessFromEnv,
  coverage: async (db: Parameters<typeof takeCoverageSnapshot>[0], log: (line: string) => void) =>
    log(`Coverage snapshot: ${await takeCoverageSnapshot(db)} cells for today.`),
  retention: async (db: Parameters<typeof applyRetention>[0], log: (line: string) => void) => {
    await applyRetention(db, { log });
  },
} as const;

async function main() {
  const name = process.argv[2];
  if (!name || !(name in JOBS)) {
    console.error(`Which job? One of: ${Object.keys(JOBS).join(", ")}. For example: pnpm jobs freshness`);
    process.exit(2);
  }
  process.env.NEXTAUTH_SECRET ??= "not-used-by-jobs-but-required-by-the-settings-check";
  const connection = await connectForTask((line) => console.log(`  ${line}`));
  try {
    await JOBS[name as keyof typeof JOBS](connection.db, (line) => console.log(line));
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
