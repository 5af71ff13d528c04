export { createPrismaClient, createPGlitePrismaClient, getDb, type Database } from "./client.ts";
export { DatabaseError, describeUrl, toConnectionError, type DatabaseErrorCode } from "./errors.ts";
export { EMBEDDED_DATABASE_URL, EMBEDDED_PORT, isEmbedded, resolveDatabaseUrl } from "./env.ts";
export * from "./generated/prisma/client.ts";
