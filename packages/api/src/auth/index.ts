export { type RateLimitRule, takeRateLimit } from "../domain/rate-limits/take-rate-limit.ts";
export { type AdminEnv, ConfigError, type Mode, readAdminEnv, readMode, wantsDemoData } from "../env.ts";
export { prismaAuthAdapter } from "./adapter.ts";
export { createAuthOptions, STAFF_SSO_PROVIDER } from "./options.ts";
export { createSignInGate, SIGN_IN_LIMITS, type SignInGate } from "./sign-in-gate.ts";
