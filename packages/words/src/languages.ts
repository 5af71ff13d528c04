/**
 * The languages the words come in, and the few phrases `Intl` has no rule for ("until", "every",
 * "Not on"). Everything else (month and day names, the order of day and month, digits, list
 * words like "and"/"or", 12- or 24-hour times, "today"/"tomorrow", plurals) comes from the
 * platform's `Intl` APIs with each language's own rules (CLDR), so it is never written by hand.
 *
 * Digits are fixed here, not left to the ICU version: Urdu and Arabic use 0–9 (`latn`), Bengali
 * its own digits (`beng`, ০১২৩). See the README ("Languages") for why.
 */
export const WORD_LOCALES = ["en", "ur", "ar", "bn", "pl"] as const;
export type WordLocale = (typeof WORD_LOCALES)[number];

export function isWordLocale(value: unknown): value is WordLocale {
  return typeof value === "string" && (WORD_LOCALES as readonly string[]).includes(value);
}

type Phrases = {
  /** The BCP 47 tag given to Intl: the language, its region's conventions and its digits. */
  intl: string;
  /** 24-hour times ("14:00"), or 12-hour with the language's own word for the time of day ("2:00 دوپہر"). */
  clock: "24" | "12";
  /** One day of weekly sessions, as in "Saturdays"; `name` is Intl's name of the day. */
  weeklyDay: (day: number, name: string) => string;
  /** The whole list of weekly days ("Mondays and Thursdays"); `singles` when it names single days, not only runs. */
  weeklyDays: (list: string, singles: boolean) => string;
  /** "Monday to Friday" (a run of three or more days). */
  dayRun: (first: number, last: number, dayName: (day: number) => string) => string;
  /** "Monday to Friday: 10:00–20:00" (a venue's opening hours). */
  hoursLine: (days: string, hours: string) => string;
  everyDay: string;
  /** "Saturdays 10:00–12:00" + range. */
  weeklyLine: (days: string, times: string, range: string) => string;
  until: (date: string) => string;
  from: (date: string) => string;
  between: (from: string, to: string) => string;
  /** "Saturday 13 December, 10:00–12:00". */
  oneOffLine: (date: string, times: string) => string;
  /** "Not on 27 December or 3 January". */
  notOn: (dates: string) => string;
  /** "Closed on Sunday". */
  closedOn: (days: string) => string;
};

const ENGLISH_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
// Polish needs cases Intl does not give: "w soboty" (on Saturdays), "od poniedziałku do piątku".
const POLISH_PLURAL = ["poniedziałki", "wtorki", "środy", "czwartki", "piątki", "soboty", "niedziele"];
const POLISH_GENITIVE = ["poniedziałku", "wtorku", "środy", "czwartku", "piątku", "soboty", "niedzieli"];
const pl = (names: string[], day: number) => names[day - 1] ?? "";

export const PHRASES: Record<WordLocale, Phrases> = {
  en: {
    intl: "en-GB",
    clock: "24",
    weeklyDay: (day) => `${ENGLISH_DAYS[day - 1]}s`,
    weeklyDays: (list) => list,
    dayRun: (a, b, name) => `${name(a)} to ${name(b)}`,
    everyDay: "Every day",
    hoursLine: (days, hours) => `${days}: ${hours}`,
    weeklyLine: (days, times, range) => `${days} ${times}${range}`,
    until: (d) => ` until ${d}`,
    from: (d) => ` from ${d}`,
    between: (a, b) => `, ${a} to ${b}`,
    oneOffLine: (date, times) => `${date}, ${times}`,
    notOn: (dates) => `Not on ${dates}`,
    closedOn: (days) => `Closed on ${days}`,
  },
  ur: {
    intl: "ur-PK-u-nu-latn",
    clock: "12",
    weeklyDay: (_day, name) => name,
    weeklyDays: (list) => `ہر ${list}`,
    dayRun: (a, b, name) => `${name(a)} سے ${name(b)} تک`,
    everyDay: "ہر روز",
    hoursLine: (days, hours) => `${days}: ${hours}`,
    weeklyLine: (days, times, range) => `${days}، ${times}${range}`,
    until: (d) => `، ${d} تک`,
    from: (d) => `، ${d} سے`,
    between: (a, b) => `، ${a} سے ${b} تک`,
    oneOffLine: (date, times) => `${date}، ${times}`,
    notOn: (dates) => `${dates} کو نہیں ہوگا`,
    closedOn: (days) => `${days} کو بند`,
  },
  ar: {
    intl: "ar-u-nu-latn",
    clock: "12",
    weeklyDay: (_day, name) => name,
    weeklyDays: (list, singles) => (singles ? `أيام ${list}` : list),
    dayRun: (a, b, name) => `من ${name(a)} إلى ${name(b)}`,
    everyDay: "كل يوم",
    hoursLine: (days, hours) => `${days}: ${hours}`,
    weeklyLine: (days, times, range) => `${days}، ${times}${range}`,
    until: (d) => `، حتى ${d}`,
    from: (d) => `، ابتداءً من ${d}`,
    between: (a, b) => `، من ${a} إلى ${b}`,
    oneOffLine: (date, times) => `${date}، ${times}`,
    notOn: (dates) => `لا يقام يوم ${dates}`,
    closedOn: (days) => `مغلق يوم ${days}`,
  },
  bn: {
    intl: "bn-BD-u-nu-beng",
    clock: "12",
    weeklyDay: (_day, name) => name,
    weeklyDays: (list) => `প্রতি ${list}`,
    dayRun: (a, b, name) => `${name(a)} থেকে ${name(b)}`,
    everyDay: "প্রতিদিন",
    hoursLine: (days, hours) => `${days}: ${hours}`,
    weeklyLine: (days, times, range) => `${days}, ${times}${range}`,
    until: (d) => `, ${d} পর্যন্ত`,
    from: (d) => `, ${d} থেকে`,
    between: (a, b) => `, ${a} থেকে ${b} পর্যন্ত`,
    oneOffLine: (date, times) => `${date}, ${times}`,
    notOn: (dates) => `${dates} হবে না`,
    closedOn: (days) => `${days} বন্ধ`,
  },
  pl: {
    intl: "pl-PL",
    clock: "24",
    // "we wtorki": Polish says "we" before a word starting "w".
    weeklyDay: (day) => `${day === 2 ? "we" : "w"} ${pl(POLISH_PLURAL, day)}`,
    weeklyDays: (list) => list,
    dayRun: (a, b) => `od ${pl(POLISH_GENITIVE, a)} do ${pl(POLISH_GENITIVE, b)}`,
    everyDay: "Codziennie",
    hoursLine: (days, hours) => `${capitalise(days)}: ${hours}`,
    weeklyLine: (days, times, range) => `${capitalise(days)} ${times}${range}`,
    until: (d) => ` do ${d}`,
    from: (d) => ` od ${d}`,
    between: (a, b) => `, od ${a} do ${b}`,
    oneOffLine: (date, times) => `${capitalise(date)}, ${times}`,
    notOn: (dates) => `Nie odbędzie się ${dates}`,
    closedOn: (days) => `Nieczynne: ${days}`,
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("pl") + text.slice(1);
}

/** The Intl tag of a language (e.g. for numbers elsewhere on the page, so digits agree). */
export function intlTag(locale: WordLocale): string {
  return PHRASES[locale].intl;
}
