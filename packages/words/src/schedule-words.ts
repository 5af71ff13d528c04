/**
 * When things happen, in words a ten-year-old reads: "Saturdays 10:00–12:00 until 20 December",
 * "Monday to Friday 10:00–15:00, 21 December to 1 January", "Not on 27 December". Also the next
 * few dates, and a venue's opening hours.
 *
 * Dates are calendar dates ("YYYY-MM-DD"; @db.Date columns arrive as Date objects at UTC
 * midnight). "Today" is always today in the city, passed in so tests can fix it.
 */
import { addDays, isoDayOfWeek, todayInCity, toIsoDate } from "@free-city/db";
import { CITY_TIME_ZONE } from "@free-city/schemas";
import { PHRASES, type WordLocale } from "./languages.ts";

/** The columns of an `offer_schedule` row this needs (as the listing procedures return them). */
export type ScheduleRow = {
  kind: "WEEKLY" | "ONE_OFF";
  /** ISO day of week, 1 = Monday … 7 = Sunday (WEEKLY only). */
  dayOfWeek: number | null;
  /** The date of a ONE_OFF session. */
  date: Date | null;
  startMinute: number;
  endMinute: number;
  validFrom: Date | null;
  validTo: Date | null;
};
export type CancellationRow = { date: Date };
/** One line of a venue's weekly opening hours (venue.opening_hours). */
export type OpeningHoursRow = { day: number; opens: string; closes: string };

/** How far ahead `nextDates` looks: far enough for a one-off next year, bounded for an offer with no more dates. */
const LOOK_AHEAD_DAYS = 3 * 366;
/** A date this close ahead reads without its year, even across New Year ("21 December to 1 January"). */
const NO_YEAR_WITHIN_DAYS = 183;

const iso = (date: Date | null) => (date ? toIsoDate(date) : null);

/** Spaces inside a date or a time range never break: "21 December", "10:00 – 12:00" stay on one line. */
const keepTogether = (text: string) => text.replace(/ /g, "\u00a0").replace(/\u2009/g, "\u202f");

type Formatters = {
  date: Intl.DateTimeFormat;
  dateYear: Intl.DateTimeFormat;
  dayDate: Intl.DateTimeFormat;
  dayDateYear: Intl.DateTimeFormat;
  shortDate: Intl.DateTimeFormat;
  weekday: Intl.DateTimeFormat;
  time: Intl.DateTimeFormat;
  and: Intl.ListFormat;
  or: Intl.ListFormat;
  relative: Intl.RelativeTimeFormat;
};
const formatters = new Map<WordLocale, Formatters>();

function intl(locale: WordLocale): Formatters {
  const cached = formatters.get(locale);
  if (cached) return cached;
  const { intl: tag, clock } = PHRASES[locale];
  // Calendar dates and wall-clock times are formatted in UTC: they are already the city's, and
  // a date or a time never moves with the clock change.
  const utc = { timeZone: "UTC" } as const;
  const made: Formatters = {
    date: new Intl.DateTimeFormat(tag, { ...utc, day: "numeric", month: "long" }),
    dateYear: new Intl.DateTimeFormat(tag, { ...utc, day: "numeric", month: "long", year: "numeric" }),
    dayDate: new Intl.DateTimeFormat(tag, { ...utc, weekday: "long", day: "numeric", month: "long" }),
    dayDateYear: new Intl.DateTimeFormat(tag, {
      ...utc,
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
    }),
    shortDate: new Intl.DateTimeFormat(tag, { ...utc, weekday: "short", day: "numeric", month: "short" }),
    weekday: new Intl.DateTimeFormat(tag, { ...utc, weekday: "long" }),
    time: new Intl.DateTimeFormat(
      tag,
      clock === "24"
        ? { ...utc, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
        : // 12-hour, with the language's own words for the time of day ("10:00 صبح", "১০:০০ সকাল"),
          // never the Latin "AM"/"PM" some languages' short forms fall back to.
          {
            ...utc,
            hour: "numeric",
            minute: "2-digit",
            hourCycle: "h12",
            dayPeriod: locale === "ar" ? undefined : "short",
          },
    ),
    and: new Intl.ListFormat(tag, { type: "conjunction" }),
    or: new Intl.ListFormat(tag, { type: "disjunction" }),
    relative: new Intl.RelativeTimeFormat(tag, { numeric: "auto" }),
  };
  formatters.set(locale, made);
  return made;
}

const asDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** The name of an ISO day of the week (1 = Monday) in `locale`. 1 January 2024 was a Monday. */
export function dayName(day: number, locale: WordLocale = "en"): string {
  return intl(locale).weekday.format(new Date(Date.UTC(2024, 0, day)));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** "a", "a and b", "a, b and c" (or "or"), by the language's own rules. */
export function listWords(items: string[], conjunction: "and" | "or", locale: WordLocale = "en"): string {
  return intl(locale)[conjunction].format(items);
}

/** Whether a date reads with its year: when it isn't this year and not in the next few months. */
function showsYear(date: string, today: string): boolean {
  const ahead = daysBetween(today, date);
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  return !(sameYear || (ahead >= 0 && ahead <= NO_YEAR_WITHIN_DAYS));
}

/** "20 December"; with the year when it isn't this year or in the next few months. */
export function dateWords(date: string, today: string = todayInCity(), locale: WordLocale = "en"): string {
  const f = intl(locale);
  return keepTogether((showsYear(date, today) ? f.dateYear : f.date).format(asDate(date)));
}

/** "Saturday 13 December". */
export function dateWithDayWords(date: string, today: string = todayInCity(), locale: WordLocale = "en"): string {
  const f = intl(locale);
  return keepTogether((showsYear(date, today) ? f.dayDateYear : f.dayDate).format(asDate(date)));
}

/** "Sat 29 Nov": a short date, for a search result. */
export function shortDateWords(date: string, locale: WordLocale = "en"): string {
  return keepTogether(intl(locale).shortDate.format(asDate(date)));
}

/** "Today, Saturday 13 December", "Tomorrow, Sunday 14 December", or just the date. */
export function upcomingDateWords(date: string, today: string = todayInCity(), locale: WordLocale = "en"): string {
  const offset = date === today ? 0 : date === addDays(today, 1) ? 1 : null;
  const words = dateWithDayWords(date, today, locale);
  if (offset === null) return words;
  const relative = intl(locale).relative.format(offset, "day");
  const comma = locale === "ur" || locale === "ar" ? "،" : ",";
  return `${relative.charAt(0).toLocaleUpperCase(PHRASES[locale].intl)}${relative.slice(1)}${comma} ${words}`;
}

/** "10:00–12:00" (24-hour), "10:00 صبح – 12:00 دوپہر" (12-hour with the time of day). */
export function timeRangeWords(startMinute: number, endMinute: number, locale: WordLocale = "en"): string {
  const at = (minute: number) => new Date(Date.UTC(2024, 0, 1, Math.floor(minute / 60), minute % 60));
  return keepTogether(intl(locale).time.formatRange(at(startMinute), at(endMinute)));
}

/** "10:00" or "10:00 صبح": one time of day ("HH:MM") in `locale`. */
export function timeWords(time: string, locale: WordLocale = "en"): string {
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  return keepTogether(intl(locale).time.format(new Date(Date.UTC(2024, 0, 1, hour, minute))));
}

/**
 * Days of the week in words. Three or more days in a row become a range ("Monday to Friday");
 * other days are listed, as plurals for weekly sessions ("Mondays and Thursdays").
 */
export function dayListWords(days: number[], form: "plural" | "singular", locale: WordLocale = "en"): string {
  const phrases = PHRASES[locale];
  const name = (day: number) => dayName(day, locale);
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (sorted.length === 7) return phrases.everyDay;
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3
      ? // biome-ignore lint/style/noNonNullAssertion: a run of three or more days has a first and a last
        [phrases.dayRun(run[0]!, run.at(-1)!, name)]
      : run.map((d) => (form === "plural" ? phrases.weeklyDay(d, name(d)) : name(d))),
  );
  const list = listWords(parts, "and", locale);
  if (form === "singular") return list;
  return phrases.weeklyDays(
    list,
    runs.some((run) => run.length < 3),
  );
}

/** Whether `schedule` has a session on `date`. The one rule both the words and the dates use. */
function runsOn(schedule: ScheduleRow, date: string): boolean {
  if (schedule.kind === "ONE_OFF") return iso(schedule.date) === date;
  const from = iso(schedule.validFrom);
  const to = iso(schedule.validTo);
  return schedule.dayOfWeek === isoDayOfWeek(date) && (!from || from <= date) && (!to || date <= to);
}

/** Whether a schedule has any session on or after `today`. */
function stillRuns(schedule: ScheduleRow, today: string): boolean {
  const last = schedule.kind === "ONE_OFF" ? iso(schedule.date) : iso(schedule.validTo);
  return last === null ? schedule.kind === "WEEKLY" : last >= today;
}

/** A weekly schedule's first date when that is still to come; null once it has started. */
function futureStart(schedule: ScheduleRow, today: string): string | null {
  const from = iso(schedule.validFrom);
  return from && from > today ? from : null;
}

/** " until 20 December", " from 5 January", ", 21 December to 1 January", or "" when it runs on and on. */
function rangeWords(from: string | null, to: string | null, today: string, locale: WordLocale): string {
  const phrases = PHRASES[locale];
  if (from && to) return phrases.between(dateWords(from, today, locale), dateWords(to, today, locale));
  if (from) return phrases.from(dateWords(from, today, locale));
  if (to) return phrases.until(dateWords(to, today, locale));
  return "";
}

export type ScheduleWords = {
  /** One line per pattern: weekly sessions first (grouped by times and dates), then one-off dates. */
  sessions: string[];
  /** "Not on 27 December" for cancelled dates still to come; null when there are none. */
  notOn: string | null;
};

/** An offer's schedules and cancellations in words, leaving out anything already over. */
export function scheduleWords(
  schedules: ScheduleRow[],
  cancellations: CancellationRow[],
  today: string = todayInCity(),
  locale: WordLocale = "en",
): ScheduleWords {
  const phrases = PHRASES[locale];
  const current = schedules.filter((s) => stillRuns(s, today));

  // Weekly sessions with the same times and the same dates (as a reader sees them: a start
  // already passed doesn't count) share a line, so a holiday week reads "Monday to Friday".
  const weekly = new Map<string, { days: number[]; first: ScheduleRow; from: string | null; to: string | null }>();
  for (const s of current.filter((s) => s.kind === "WEEKLY" && s.dayOfWeek !== null)) {
    const from = futureStart(s, today);
    const to = iso(s.validTo);
    const key = [s.startMinute, s.endMinute, from, to].join("|");
    const group = weekly.get(key) ?? { days: [], first: s, from, to };
    // biome-ignore lint/style/noNonNullAssertion: weekly sessions always have a day of the week (database check)
    group.days.push(s.dayOfWeek!);
    weekly.set(key, group);
  }
  const weeklyLines = [...weekly.values()]
    .sort((a, b) => Math.min(...a.days) - Math.min(...b.days) || a.first.startMinute - b.first.startMinute)
    .map((g) =>
      phrases.weeklyLine(
        dayListWords(g.days, "plural", locale),
        timeRangeWords(g.first.startMinute, g.first.endMinute, locale),
        rangeWords(g.from, g.to, today, locale),
      ),
    );

  // One-off sessions on the same date share a line: "Saturday 13 December, 10:00–12:00 and 14:00–16:00".
  const oneOffs = new Map<string, ScheduleRow[]>();
  for (const s of current.filter((s) => s.kind === "ONE_OFF" && s.date)) {
    // biome-ignore lint/style/noNonNullAssertion: filtered to one-off sessions with a date just above
    const date = iso(s.date)!;
    oneOffs.set(date, [...(oneOffs.get(date) ?? []), s]);
  }
  const oneOffLines = [...oneOffs.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, sessions]) => phrases.oneOffLine(dateWithDayWords(date, today, locale), timesWords(sessions, locale)));

  // Only cancellations of a session still to come mean anything to a reader.
  // biome-ignore lint/style/noNonNullAssertion: a cancellation always has a date (not null in the database)
  const cancelled = [...new Set(cancellations.map((c) => iso(c.date)!))]
    .filter((date) => date >= today && current.some((s) => runsOn(s, date)))
    .sort();
  return {
    sessions: [...weeklyLines, ...oneOffLines],
    notOn:
      cancelled.length > 0
        ? phrases.notOn(
            listWords(
              cancelled.map((d) => dateWords(d, today, locale)),
              "or",
              locale,
            ),
          )
        : null,
  };
}

function timesWords(sessions: ScheduleRow[], locale: WordLocale): string {
  const ranges = [
    ...new Set(
      [...sessions]
        .sort((a, b) => a.startMinute - b.startMinute)
        .map((s) => timeRangeWords(s.startMinute, s.endMinute, locale)),
    ),
  ];
  return listWords(ranges, "and", locale);
}

/** The times of the sessions on `date`, e.g. "10:00–12:00" (several joined with "and"). */
export function timesOn(schedules: ScheduleRow[], date: string, locale: WordLocale = "en"): string {
  return timesWords(
    schedules.filter((s) => runsOn(s, date)),
    locale,
  );
}
/**
 * The next `count` dates with a session, from `from` on (ISO dates), skipping cancelled dates.
 * With `nowMinute` (minutes after midnight in the city, now), sessions on `from` that have
 * already finished don't count, so "Today" never points at something that is over.
 */
export function nextDates(
  schedules: ScheduleRow[],
  cancellations: CancellationRow[],
  from: string,
  count = 5,
  options: { nowMinute?: number } = {},
): string[] {
  const cancelled = new Set(cancellations.map((c) => iso(c.date)));
  const live = schedules.filter((s) => stillRuns(s, from));
  const dates: string[] = [];
  for (let offset = 0; offset < LOOK_AHEAD_DAYS && dates.length < count && live.length > 0; offset++) {
    const date = addDays(from, offset);
    if (cancelled.has(date)) continue;
    const sessions = live.filter((s) => runsOn(s, date));
    const stillToCome =
      offset === 0 && options.nowMinute !== undefined
        ? // biome-ignore lint/style/noNonNullAssertion: checked to be defined in the condition above
          sessions.filter((s) => s.endMinute > options.nowMinute!)
        : sessions;
    if (stillToCome.length > 0) dates.push(date);
  }
  return dates;
}

let clock: Intl.DateTimeFormat | undefined;
/** Made once (a formatter with a time zone is costly to make). */
const cityClock = () =>
  (clock ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: CITY_TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }));

/**
 * Minutes after midnight now, in the city (CITY_TIME_ZONE, which `todayInCity` uses too).
 */
export function minuteOfDayInCity(now: Date = new Date()): number {
  const parts = cityClock().formatToParts(now);
  const part = (type: "hour" | "minute") => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part("hour") * 60 + part("minute");
}

/**
 * A venue's weekly opening hours in words: days with the same hours share a line
 * ("Monday to Friday: 10:00–20:00"), then the days it is closed. Empty when none are given.
 */
export function openingHoursWords(rows: OpeningHoursRow[], locale: WordLocale = "en"): string[] {
  const phrases = PHRASES[locale];
  const byDay = new Map<number, OpeningHoursRow[]>();
  for (const row of rows) byDay.set(row.day, [...(byDay.get(row.day) ?? []), row]);
  const byHours = new Map<string, number[]>();
  for (const [day, dayRows] of [...byDay.entries()].sort(([a], [b]) => a - b)) {
    const hours = listWords(
      dayRows
        .sort((a, b) => a.opens.localeCompare(b.opens))
        .map((r) => timeRangeWords(minutesOf(r.opens), minutesOf(r.closes), locale)),
      "and",
      locale,
    );
    byHours.set(hours, [...(byHours.get(hours) ?? []), day]);
  }
  const lines = [...byHours.entries()].map(([hours, days]) =>
    phrases.hoursLine(dayListWords(days, "singular", locale), hours),
  );
  const closed = [1, 2, 3, 4, 5, 6, 7].filter((day) => !byDay.has(day));
  if (lines.length > 0 && closed.length > 0) lines.push(phrases.closedOn(dayListWords(closed, "singular", locale)));
  return lines;
}

function minutesOf(time: string): number {
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  return hour * 60 + minute;
}
