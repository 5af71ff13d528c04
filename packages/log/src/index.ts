export { type LogFormat, readLogSettings } from "./env.ts";
export { createLogger, type Logger, type LoggerOptions, prettyLine, routeConsoleTo } from "./logger.ts";
export { routeOf, scrub, scrubValue } from "./scrub.ts";
