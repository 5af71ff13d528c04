/** The logs' settings. LOG_FORMAT: json (one JSON object a line) or pretty (readable lines);
 * by default pretty in the demo (FREE_CITY_MODE=demo) and json otherwise. LOG_LEVEL: info. */
export type LogFormat = "json" | "pretty";

export function readLogSettings(env: NodeJS.ProcessEnv = process.env): { format: LogFormat; level: string } {
  const format = env.LOG_FORMAT === "json" || env.LOG_FORMAT === "pretty" ? env.LOG_FORMAT : undefined;
  const level =
    env.LOG_LEVEL && /^(trace|debug|info|warn|error|fatal|silent)$/.test(env.LOG_LEVEL) ? env.LOG_LEVEL : "info";
  return { format: format ?? (env.FREE_CITY_MODE === "demo" ? "pretty" : "json"), level };
}
