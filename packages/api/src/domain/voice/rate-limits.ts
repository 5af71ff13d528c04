import { AppError } from "../../errors.ts";
import { RateLimiter } from "../../rate-limit.ts";

const TEN_MINUTES = 10 * 60 * 1000;

/** The key used when the app supplies no client fingerprint: all such callers share one allowance. */
export const ANONYMOUS_CLIENT_KEY = "anonymous";

/**
 * Per-client allowances for the portal's anonymous forms: 5 of each per 10 minutes. Module-level,
 * so they hold for the life of the process. Keys are the app's hashed client fingerprint, kept in
 * memory only.
 */
const limiters = {
  feedback: new RateLimiter(5, TEN_MINUTES),
  suggestion: new RateLimiter(5, TEN_MINUTES),
  report: new RateLimiter(5, TEN_MINUTES),
} as const;

export type VoiceAction = keyof typeof limiters;

/** Counts one try of `action` for this client; throws RATE_LIMITED once its allowance is used up. */
export function takeVoiceAttempt(action: VoiceAction, clientKey: string | undefined, now: number = Date.now()): void {
  if (!limiters[action].take(clientKey || ANONYMOUS_CLIENT_KEY, now)) throw new AppError("RATE_LIMITED");
}
