import { IN_CI } from "../env.ts";
/** What seeding prints: one line per kind of row, and a progress line for long loops. */
export type SeedLog = {
  line(text: string): void;
  step(what: string, created: number, total: number): void;
  progress(what: string, done: number, total: number): void;
};

export function consoleSeedLog(write: (text: string) => void = (t) => process.stdout.write(t)): SeedLog {
  const interactive = Boolean(process.stdout.isTTY) && !IN_CI;
  let lastPercent = -1;
  return {
    line: (text) => write(`${text}\n`),
    step: (what, created, total) =>
      write(
        `  ${what.padEnd(16)} ${created === 0 ? `up to date (${total})` : `${created} added (${total} in seeds)`}\n`,
      ),
    progress(what, done, total) {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (interactive) {
        write(
          `\r  ${what}: ${done.toLocaleString("en-GB")} / ${total.toLocaleString("en-GB")} (${percent}%)${done === total ? "\n" : ""}`,
        );
      } else if (percent >= lastPercent + 10 || done === total) {
        // Non-interactive (CI, logs): a line every 10% rather than a carriage-return bar.
        lastPercent = percent;
        write(`  ${what}: ${done.toLocaleString("en-GB")} / ${total.toLocaleString("en-GB")} (${percent}%)\n`);
      }
      if (done === total) lastPercent = -1;
    },
  };
}

export const silentSeedLog: SeedLog = { line() {}, step() {}, progress() {} };
