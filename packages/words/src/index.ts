export * from "./content-rows.ts";
export * from "./schedule-words.ts";
