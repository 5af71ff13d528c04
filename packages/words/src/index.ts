export * from "./schedule-words.ts";
export * from "./content-rows.ts";
