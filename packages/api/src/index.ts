export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createContext, type Context, type SessionUser } from "./context.ts";
export { AppError, APP_ERRORS, type AppErrorCode } from "./errors.ts";
export { OFFER_TRANSITIONS, canTransition } from "./domain/offers/lifecycle.ts";
