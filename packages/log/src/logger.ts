import pino, { type Logger } from "pino";
import { type LogFormat, readLogSettings } from "./env.ts";
import { scrub, scrubValue } from "./scrub.ts";

export type { Logger };

type Sink = { write(text: string): unknown };

export type LoggerOptions = {
  /** Which process writes: "portal", "admin", "worker"… (the `app` field of every line). */
  app: string;
  format?: LogFormat;
  level?: string;
  /** Where lines go (default stdout). Tests pass their own. */
  sink?: Sink;
};

/**
 * A pino logger whose every line is scrubbed twice: the fields before they are serialised (keys
 * that name personal details lose their values, every string is scrubbed), and the finished line
 * as text (so nothing that slipped into a message or a stack survives). JSON lines in production,
 * readable ones in the demo.
 */
export function createLogger(options: LoggerOptions): Logger {
  const settings = readLogSettings();
  const format = options.format ?? settings.format;
  const sink = options.sink ?? process.stdout;
  const destination: Sink = {
    write(line: string) {
      const clean = scrub(line);
      sink.write(format === "pretty" ? prettyLine(clean) : clean);
    },
  };
  return pino(
    {
      level: options.level ?? settings.level,
      base: { app: options.app },
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: "msg",
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => scrubValue(object) as Record<string, unknown>,
      },
      serializers: { err: (error: unknown) => scrubValue(error), error: (error: unknown) => scrubValue(error) },
      hooks: {
        logMethod(args, method) {
          const clean = args.map((arg) => (typeof arg === "string" ? scrub(arg) : arg)) as Parameters<typeof method>;
          method.apply(this, clean);
        },
      },
    },
    destination,
  );
}

const LEVEL_MARK: Record<string, string> = { trace: "·", debug: "·", info: " ", warn: "!", error: "✖", fatal: "✖" };

/** Fields a request or job line already says in its message. */
const PRETTY_HIDDEN = new Set(["req_id", "method", "route", "status", "ms", "job_id", "task"]);

/**
 * One JSON line as a readable one: "12:00:01 ✖ message key=value …" (the supervisor that runs
 * the demo puts the app's name in front).
 */
export function prettyLine(jsonLine: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(jsonLine) as Record<string, unknown>;
  } catch {
    return jsonLine;
  }
  const { time, level, app: _app, msg, pid: _pid, hostname: _hostname, err, ...rest } = record;
  const clock = typeof time === "string" ? time.slice(11, 19) : "";
  const mark = LEVEL_MARK[String(level)] ?? " ";
  const fields = Object.entries(rest)
    .filter(([key]) => !PRETTY_HIDDEN.has(key))
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" ");
  const error =
    err && typeof err === "object"
      ? `\n  ${String((err as { stack?: string; message?: string }).stack ?? (err as { message?: string }).message)}`
      : "";
  return `${clock} ${mark} ${String(msg ?? "")}${fields ? ` ${fields}` : ""}${error}\n`;
}

/**
 * Sends console.log/info/warn/error through the logger (Next.js and libraries print there), so
 * every line the process writes is structured and scrubbed.
 */
export function routeConsoleTo(logger: Logger): void {
  const forward =
    (level: "info" | "warn" | "error") =>
    (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      const text = args
        .filter((arg) => arg !== error)
        .map((arg) => (typeof arg === "string" ? arg : safeJson(arg)))
        .join(" ");
      if (error) logger[level]({ err: error }, text || error.message);
      else logger[level](text);
    };
  console.log = forward("info");
  console.info = forward("info");
  console.warn = forward("warn");
  console.error = forward("error");
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(scrubValue(value));
  } catch {
    return String(value);
  }
}
