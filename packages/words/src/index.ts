export * from "./content-rows.ts";
export * from "./languages.ts";
export * from "./schedule-words.ts";
