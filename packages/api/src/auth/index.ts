export { createAuthOptions, STAFF_SSO_PROVIDER } from "./options.ts";
export { prismaAuthAdapter } from "./adapter.ts";
export { readAdminEnv, ConfigError, type AdminEnv } from "../env.ts";
export { RateLimiter } from "../rate-limit.ts";
