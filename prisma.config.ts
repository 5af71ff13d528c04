// Prisma CLI configuration. Only `prisma generate` is used from the CLI; migrations run through
// packages/db (WASM schema engine over a driver adapter), so no native engine is ever needed.
import path from "node:path";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: {
    // A fallback keeps `prisma generate` working when DATABASE_URL is unset.
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5433/postgres",
  },
});
