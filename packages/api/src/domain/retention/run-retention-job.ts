import { type Database, todayInCity } from "@free-city/db";

/**
 * Deletes shared state that has served its purpose (scheduled every 10 minutes): rate-limit
 * counters whose window is over, de-duplication rows past their 30 minutes, and every visitor
 * salt but today's. Idempotent; two runs at once delete each row once.
 */
export async function runRetentionJob(db: Database, now: Date = new Date()) {
  const counters = await db.$executeRaw`DELETE FROM rate_limit_counter WHERE expires_at <= ${now}`;
  const seen = await db.$executeRaw`DELETE FROM visitor_seen WHERE expires_at <= ${now}`;
  const salts = await db.$executeRaw`DELETE FROM visitor_salt WHERE day < ${todayInCity(now)}::date`;
  return { counters, seen, salts };
}
