export * from "./schedule-words.ts";
