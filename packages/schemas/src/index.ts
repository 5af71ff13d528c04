export * from "./common.ts";
export * from "./offer.ts";
export * from "./auth.ts";
export * from "./context-page.ts";
export * from "./search.ts";
export * from "./voice.ts";
export * from "./category.ts";
