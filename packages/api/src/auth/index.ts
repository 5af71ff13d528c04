export { type RateLimitRule, takeRateLimit } from "../domain/rate-limits/take-rate-limit.ts";
export { type AdminEnv, ConfigError, readAdminEnv } from "../env.ts";
export { prismaAuthAdapter } from "./adapter.ts";
export { createAuthOptions, STAFF_SSO_PROVIDER } from "./options.ts";
