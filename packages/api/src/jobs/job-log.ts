import type { Logger } from "@free-city/log";
import { type Runner, Logger as WorkerLogger } from "graphile-worker";

/**
 * One log line per job: when it ends, its task, id, attempt and duration; a failure with its
 * (scrubbed) error, and "gave up" when it has no attempts left. Never the job's payload: an
 * email job carries the address.
 */
export function logJobEvents(runner: Pick<Runner, "events">, logger: Logger): void {
  const started = new Map<string, number>();
  const fields = (job: { id: string; task_identifier: string; attempts: number; max_attempts: number }) => {
    const since = started.get(job.id);
    started.delete(job.id);
    return {
      task: job.task_identifier,
      job_id: job.id,
      attempt: job.attempts,
      max_attempts: job.max_attempts,
      ms: since === undefined ? undefined : Date.now() - since,
    };
  };
  runner.events.on("job:start", ({ job }) => {
    started.set(job.id, Date.now());
  });
  runner.events.on("job:success", ({ job }) => {
    const f = fields(job);
    logger.info(f, `job ${f.task} done in ${f.ms ?? "?"} ms`);
  });
  runner.events.on("job:error", ({ job, error }) => {
    const f = fields(job);
    const retry = job.attempts < job.max_attempts;
    logger.warn(
      { ...f, err: error },
      `job ${f.task} failed (attempt ${job.attempts} of ${job.max_attempts})${retry ? "; it will be retried" : ""}`,
    );
  });
  runner.events.on("job:failed", ({ job }) => {
    logger.error(
      { task: job.task_identifier, job_id: job.id, attempt: job.attempts },
      `job ${job.task_identifier} gave up after ${job.attempts} attempts`,
    );
  });
}

/** graphile-worker's own messages through the logger (information and above). */
export function graphileLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger(() => (level, message) => {
    if (level === "error") logger.error(message);
    else if (level === "warning") logger.warn(message);
    else if (level === "info") logger.info(message);
  });
}
