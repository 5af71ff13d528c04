import { appRouter, createContext } from "@free-city/api";
import { getDb } from "@free-city/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getSessionUser } from "~/server/auth";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: async () => createContext({ db: getDb(), user: await getSessionUser() }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });

export { handler as GET, handler as POST };
