export { type AuditInput, recordAuditEvent } from "./audit.ts";
export { createPrismaClient, type Database, type DatabaseLimits, getDb, WEB_DATABASE_LIMITS } from "./client.ts";
export { addDays, CITY_TIME_ZONE, dateOnly, isoDayOfWeek, todayInCity, toIsoDate } from "./dates.ts";
export { EMBEDDED_PORT, isEmbedded, resolveDatabaseUrl } from "./env.ts";
export { DatabaseError, type DatabaseErrorCode, describeUrl, toConnectionError } from "./errors.ts";
export * from "./generated/prisma/client.ts";
export { applyOfferContent, dateRange, loadOfferContent } from "./offers/content.ts";
export { checkReadiness, codeMigrations, findMigrationsDir, type Readiness } from "./readiness.ts";
