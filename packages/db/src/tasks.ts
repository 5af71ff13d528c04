/** Building blocks for the start script and tests: the embedded server, migrate, seed. */
export { type Connection, connectForTask, embeddedDatabaseUrl } from "./connect.ts";
export { type EmbeddedServer, startEmbeddedServer } from "./embedded/server.ts";
export { applyMigrations } from "./migrate/migrations.ts";
export { DATA_DIR, REPO_ROOT } from "./paths.ts";
export { assertPortFree } from "./ports.ts";
export { consoleSeedLog, demoPhotoOptions, runSeed } from "./seed/index.ts";
