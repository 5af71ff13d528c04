export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createContext, type Context, type SessionUser } from "./context.ts";
export { AppError, APP_ERRORS, isAppError, type AppErrorCode } from "./errors.ts";
export { OFFER_TRANSITIONS, canTransition } from "./domain/offers/lifecycle.ts";
export type { OfferSearchResult, OfferSearchItem } from "./domain/search/search-offers.ts";
export type { SearchOptions } from "./domain/catalogue/get-search-options.ts";
