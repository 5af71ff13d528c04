export { type Context, createContext, type SessionUser } from "./context.ts";
export type { SearchOptions } from "./domain/catalogue/get-search-options.ts";
export { canTransition, OFFER_TRANSITIONS } from "./domain/offers/lifecycle.ts";
export { organisationStanding } from "./domain/offers/public-offers.ts";
export type { OfferSearchItem, OfferSearchResult } from "./domain/search/search-offers.ts";
export { hashVisitor } from "./domain/visitors/hash-visitor.ts";
export { APP_ERRORS, AppError, type AppErrorCode, isAppError } from "./errors.ts";
export { type AppRouter, appRouter, createCaller } from "./root.ts";
export { reportUnexpectedError } from "./unexpected-error.ts";
