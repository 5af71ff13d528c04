/** Building blocks for the start script and tests: the embedded server, migrate, seed. */
export { connectForTask, type Connection } from "./connect.ts";
export { startEmbeddedServer, type EmbeddedServer } from "./embedded/server.ts";
export { applyMigrations } from "./migrate/migrations.ts";
export { assertPortFree } from "./ports.ts";
export { DATA_DIR, REPO_ROOT } from "./paths.ts";
export { runSeed, consoleSeedLog } from "./seed/index.ts";
