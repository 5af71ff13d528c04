import net from "node:net";
import { DatabaseError } from "./errors.ts";

/** Resolves when `port` on `host` can be listened on; a named error when something holds it. */
export async function assertPortFree(port: number, what: string, host = "127.0.0.1"): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new DatabaseError(
            "PORT_IN_USE",
            `Port ${port} is already in use, so ${what} cannot start. Is Free City already running? ` +
              `Stop the other process (e.g. \`lsof -i :${port}\` shows it) and try again.`,
          ),
        );
      } else reject(error);
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}
