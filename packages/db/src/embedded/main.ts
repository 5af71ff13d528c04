// Runs the embedded PostgreSQL as its own process (the start script spawns this), until
// SIGTERM or SIGINT, when it closes the data directory cleanly.
import { DatabaseError } from "../errors.ts";
import { startEmbeddedServer } from "./server.ts";

try {
  const server = await startEmbeddedServer({ log: (line) => console.log(line) });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    console.log("Embedded PostgreSQL: stopped, data kept.");
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.send?.({ ready: true, url: server.url });
} catch (error) {
  console.error(error instanceof DatabaseError ? error.message : error);
  process.exit(1);
}
