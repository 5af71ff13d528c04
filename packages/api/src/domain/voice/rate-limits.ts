import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { type RateLimitRule, takeRateLimit } from "../rate-limits/take-rate-limit.ts";

const TEN_MINUTES = 10 * 60 * 1000;

/** The key used when the app supplies no client fingerprint: all such callers share one allowance. */
export const ANONYMOUS_CLIENT_KEY = "anonymous";

/**
 * Per-client allowances for the portal's anonymous forms: 5 of each per 10 minutes, counted in
 * PostgreSQL (see takeRateLimit), so they hold across every portal instance and restarts. Keys
 * are the app's client hash.
 */
export const VOICE_LIMITS = {
  feedback: { bucket: "voice:feedback", limit: 5, windowMs: TEN_MINUTES },
  suggestion: { bucket: "voice:suggestion", limit: 5, windowMs: TEN_MINUTES },
  report: { bucket: "voice:report", limit: 5, windowMs: TEN_MINUTES },
} as const satisfies Record<string, RateLimitRule>;

export type VoiceAction = keyof typeof VOICE_LIMITS;

/** Counts one try of `action` for this client; throws RATE_LIMITED once its allowance is used up. */
export async function takeVoiceAttempt(
  db: Database,
  action: VoiceAction,
  clientKey: string | undefined,
  now: Date = new Date(),
): Promise<void> {
  if (!(await takeRateLimit(db, VOICE_LIMITS[action], clientKey || ANONYMOUS_CLIENT_KEY, now)))
    throw new AppError("RATE_LIMITED");
}
