import type { Database } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { SHARED_CLIENT_KEY } from "../../http/client-address.ts";
import { type RateLimitRule, takeRateLimit } from "../rate-limits/take-rate-limit.ts";

const TEN_MINUTES = 10 * 60 * 1000;

/** The key used when the app supplies no client key: all such callers share one allowance. */
export const ANONYMOUS_CLIENT_KEY = SHARED_CLIENT_KEY;

/**
 * Allowances for the portal's anonymous forms, per 10 minutes, for each form separately, counted
 * in PostgreSQL (see takeRateLimit), so they hold across every instance and restarts.
 *
 * - One client address (TRUSTED_PROXY_HOPS set): 30. Sized for a school: a class of 30 behind one
 *   address, all with the same browser, can each send one in a lesson. The address comes from the
 *   trusted proxies only, so a forged X-Forwarded-For does not buy a fresh allowance.
 * - Everyone whose address is unknown (TRUSTED_PROXY_HOPS=0) shares one allowance of 300, so a
 *   busy hour of honest use fits, while a flood of the moderation queue stops at 300 per form per
 *   10 minutes. Set TRUSTED_PROXY_HOPS behind a load balancer so each address gets its own.
 */
export const VOICE_LIMITS = { perClient: 30, shared: 300, windowMs: TEN_MINUTES } as const;

const rule = (action: string, who: "client" | "shared"): RateLimitRule => ({
  bucket: `voice:${action}:${who}`,
  limit: who === "client" ? VOICE_LIMITS.perClient : VOICE_LIMITS.shared,
  windowMs: VOICE_LIMITS.windowMs,
});

const RULES = {
  feedback: { perClient: rule("feedback", "client"), shared: rule("feedback", "shared") },
  suggestion: { perClient: rule("suggestion", "client"), shared: rule("suggestion", "shared") },
  report: { perClient: rule("report", "client"), shared: rule("report", "shared") },
} as const;

export type VoiceAction = keyof typeof RULES;

/** Counts one try of `action` for this client; throws RATE_LIMITED once its allowance is used up. */
export async function takeVoiceAttempt(
  db: Database,
  action: VoiceAction,
  clientKey: string | undefined,
  now: Date = new Date(),
): Promise<void> {
  const key = clientKey || ANONYMOUS_CLIENT_KEY;
  const rules = RULES[action];
  if (!(await takeRateLimit(db, key === ANONYMOUS_CLIENT_KEY ? rules.shared : rules.perClient, key, now)))
    throw new AppError("RATE_LIMITED");
}
