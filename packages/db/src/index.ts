export { createPrismaClient, getDb, type Database } from "./client.ts";
export { DatabaseError, describeUrl, toConnectionError, type DatabaseErrorCode } from "./errors.ts";
export { EMBEDDED_DATABASE_URL, EMBEDDED_PORT, isEmbedded, resolveDatabaseUrl } from "./env.ts";
export * from "./generated/prisma/client.ts";
export { applyOfferContent, dateRange, loadOfferContent } from "./offers/content.ts";
export { recordAuditEvent, type AuditInput } from "./audit.ts";
export { addDays, dateOnly, isoDayOfWeek, todayInCity, toIsoDate } from "./dates.ts";
