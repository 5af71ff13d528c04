/**
 * An offer's sessions as an iCalendar file (RFC 5545) for "Add to calendar": a weekly session
 * becomes one repeating event (RRULE) with its cancelled dates left out (EXDATE), a one-off
 * session a single event. Times are wall-clock times in the city (TZID), so a 10:00 session
 * stays at 10:00 on both sides of the clock change.
 */
import { addDays, isoDayOfWeek, toIsoDate } from "@free-city/db";
import { CITY_TIME_ZONE } from "@free-city/schemas";
import type { CancellationRow, ScheduleRow } from "@free-city/words";

export type CalendarOffer = {
  slug: string;
  title: string;
  summary: string;
  /** The language the title and summary are in (RFC 5545 LANGUAGE), when known. */
  language?: string;
  url: string;
  location: string;
  schedules: ScheduleRow[];
  cancellations: CancellationRow[];
  /** When this offer last changed (DTSTAMP); unset: now. A fixed stamp keeps a feed's ETag steady. */
  changedAt?: Date;
};

const TZID = CITY_TIME_ZONE;
const BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** Europe/London's rules, so calendars that do not know the zone by name still get it right. */
const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TZID}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0000",
  "TZOFFSETTO:+0100",
  "TZNAME:BST",
  "DTSTART:19700329T010000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0000",
  "TZNAME:GMT",
  "DTSTART:19701025T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** The calendar file for `offer`, from `today` on (past sessions are left out). */
export function offerCalendar(offer: CalendarOffer, today: string, now: Date = new Date()): string {
  return calendarFile({ offers: [offer], today, now });
}

/**
 * A calendar of several offers (a district, a category, a saved list) to subscribe to: the
 * same events as each offer's own calendar, with repeats cut at `until` (the feed covers the next
 * weeks, and calendar apps fetch it again), a name for the calendar, and how often to refresh.
 */
export function calendarFile(input: {
  offers: CalendarOffer[];
  today: string;
  until?: string;
  name?: string;
  now?: Date;
}): string {
  const now = input.now ?? new Date();
  const events = input.offers.flatMap((offer) => offerEvents(offer, input.today, input.until ?? null, now));
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Free City//Portal//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(input.name
      ? [
          `X-WR-CALNAME:${escapeText(input.name)}`,
          `X-WR-TIMEZONE:${TZID}`,
          "REFRESH-INTERVAL;VALUE=DURATION:PT6H",
          "X-PUBLISHED-TTL:PT6H",
        ]
      : []),
    ...VTIMEZONE,
    ...events,
    "END:VCALENDAR",
  ];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

function offerEvents(offer: CalendarOffer, today: string, until: string | null, now: Date): string[] {
  const cancelled = new Set(offer.cancellations.map((c) => toIsoDate(c.date)));
  const stamp = (offer.changedAt ?? now)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const lang = offer.language ? `;LANGUAGE=${offer.language}` : "";
  const seen = new Map<string, number>();
  return offer.schedules.flatMap((schedule) => {
    // The UID names the session (its day or date, and times), not its place in the list, so adding
    // or removing another session leaves every other event's UID as it was.
    const key = sessionKey(schedule);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    const event = eventFor(schedule, today, cancelled, until);
    if (!event) return [];
    return [
      "BEGIN:VEVENT",
      `UID:${offer.slug}-${key}${count > 1 ? `-${count}` : ""}@free-city`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${TZID}:${localDateTime(event.first, schedule.startMinute)}`,
      `DTEND;TZID=${TZID}:${localDateTime(event.first, schedule.endMinute)}`,
      ...event.extra,
      `SUMMARY${lang}:${escapeText(offer.title)}`,
      `DESCRIPTION${lang}:${escapeText(`${offer.summary}\n\n${offer.url}`)}`,
      `LOCATION:${escapeText(offer.location)}`,
      `URL:${offer.url}`,
      "END:VEVENT",
    ];
  });
}

/** The first date of a session from `today` on, and its repeat rule; null when it has no dates left. */
function eventFor(
  schedule: ScheduleRow,
  today: string,
  cancelled: Set<string>,
  until: string | null = null,
): { first: string; extra: string[] } | null {
  const ownTo = schedule.validTo ? toIsoDate(schedule.validTo) : null;
  const validTo = until && (!ownTo || until < ownTo) ? until : ownTo;
  if (schedule.kind === "ONE_OFF") {
    const date = schedule.date ? toIsoDate(schedule.date) : null;
    return date && date >= today && (!until || date <= until) && !cancelled.has(date)
      ? { first: date, extra: [] }
      : null;
  }
  if (!schedule.dayOfWeek) return null;
  const validFrom = schedule.validFrom ? toIsoDate(schedule.validFrom) : today;
  const from = validFrom > today ? validFrom : today;
  const first = addDays(from, (schedule.dayOfWeek - isoDayOfWeek(from) + 7) % 7);
  if (validTo && first > validTo) return null;
  const rule = [`FREQ=WEEKLY`, `BYDAY=${BYDAY[schedule.dayOfWeek - 1]}`];
  // UNTIL in UTC at the end of the last day: covers the last session whatever the clock says.
  if (validTo) rule.push(`UNTIL=${validTo.replace(/-/g, "")}T235959Z`);
  const skipped = [...cancelled]
    .filter((date) => date >= first && (!validTo || date <= validTo) && isoDayOfWeek(date) === schedule.dayOfWeek)
    .sort();
  return {
    first,
    extra: [
      `RRULE:${rule.join(";")}`,
      ...skipped.map((date) => `EXDATE;TZID=${TZID}:${localDateTime(date, schedule.startMinute)}`),
    ],
  };
}

/** "sa-1000-1200" for a weekly session, "20270109-1000-1100" for a one-off. */
function sessionKey(schedule: ScheduleRow): string {
  const times = `${hhmm(schedule.startMinute)}-${hhmm(schedule.endMinute)}`;
  if (schedule.kind === "ONE_OFF")
    return `${schedule.date ? toIsoDate(schedule.date).replace(/-/g, "") : "once"}-${times}`;
  return `${(BYDAY[(schedule.dayOfWeek ?? 1) - 1] ?? "MO").toLowerCase()}-${times}`;
}

function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}${String(minute % 60).padStart(2, "0")}`;
}

function localDateTime(date: string, minute: number): string {
  const hh = String(Math.floor(minute / 60)).padStart(2, "0");
  const mm = String(minute % 60).padStart(2, "0");
  return `${date.replace(/-/g, "")}T${hh}${mm}00`;
}

/** RFC 5545 TEXT: backslash, semicolon, comma and new lines escaped. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, "\\n");
}

/** Lines longer than 75 octets continue on the next line after a space (never splitting a character). */
function fold(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (encoder.encode(current + char).length > limit) {
      parts.push(current);
      current = "";
    }
    current += char;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
