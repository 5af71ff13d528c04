import { describe, expect, it } from "vitest";
import { type CalendarOffer, offerCalendar } from "./ics";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const weekly = (dayOfWeek: number, startMinute: number, endMinute: number, validTo: string | null = null) =>
  ({
    kind: "WEEKLY",
    dayOfWeek,
    date: null,
    startMinute,
    endMinute,
    validFrom: null,
    validTo: validTo ? day(validTo) : null,
  }) as const;

function offer(overrides: Partial<CalendarOffer> = {}): CalendarOffer {
  return {
    slug: "junior-chess",
    title: "Junior chess, club; for all",
    summary: "Learn chess.",
    url: "http://localhost:3000/offers/junior-chess",
    location: "Library of Birmingham, Centenary Square, B1 2ND",
    schedules: [weekly(6, 600, 720, "2026-12-20")],
    cancellations: [],
    ...overrides,
  };
}

const unfold = (ics: string) => ics.replace(/\r\n /g, "");

describe("offer calendar (.ics)", () => {
  it("makes a weekly session one repeating event in London time, from the next date to the last", () => {
    const ics = offerCalendar(offer(), "2026-11-24", new Date("2026-11-24T09:00:00Z"));
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const text = unfold(ics);
    expect(text).toContain("DTSTART;TZID=Europe/London:20261128T100000");
    expect(text).toContain("DTEND;TZID=Europe/London:20261128T120000");
    expect(text).toContain("RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20261220T235959Z");
    expect(text).toContain("SUMMARY:Junior chess\\, club\\; for all");
    expect(text).toContain("DTSTAMP:20261124T090000Z");
    expect(text).toContain("TZID:Europe/London");
  });

  it("leaves cancelled dates out of the repeat, and only those on the session's day", () => {
    const ics = unfold(
      offerCalendar(offer({ cancellations: [{ date: day("2026-12-05") }, { date: day("2026-12-06") }] }), "2026-11-24"),
    );
    expect(ics).toContain("EXDATE;TZID=Europe/London:20261205T100000");
    expect(ics).not.toContain("20261206");
  });

  it("makes a one-off session a single event, and leaves out sessions that are over", () => {
    const oneOff = (date: string) =>
      ({
        kind: "ONE_OFF",
        dayOfWeek: null,
        date: day(date),
        startMinute: 840,
        endMinute: 900,
        validFrom: null,
        validTo: null,
      }) as const;
    const ics = unfold(
      offerCalendar(
        offer({ schedules: [oneOff("2026-12-31"), oneOff("2026-11-01"), weekly(1, 600, 660, "2026-11-01")] }),
        "2026-11-24",
      ),
    );
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain("DTSTART;TZID=Europe/London:20261231T140000");
    expect(ics).not.toContain("RRULE:FREQ=WEEKLY");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const ics = offerCalendar(offer({ summary: "ایک بہت لمبا جملہ ".repeat(10) }), "2026-11-24");
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(unfold(ics)).toContain("ایک بہت لمبا جملہ ایک");
  });

  it("escapes every line break, a lone carriage return too, so no text can add a line of its own", () => {
    const ics = offerCalendar(
      offer({
        title: "Chess\rATTENDEE:mailto:x@evil.example",
        summary: "One\r\nTwo\nThree\rFour\u2028Five",
        location: "Hall\rBEGIN:VALARM",
      }),
      "2026-11-24",
    );
    const lines = ics.split("\r\n");
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n\u2028]/);
    expect(lines.some((l) => l.startsWith("ATTENDEE") || l.startsWith("BEGIN:VALARM"))).toBe(false);
    const text = unfold(ics);
    expect(text).toContain("SUMMARY:Chess\\nATTENDEE:mailto:x@evil.example");
    expect(text).toContain("DESCRIPTION:One\\nTwo\\nThree\\nFour\\nFive");
  });
});
