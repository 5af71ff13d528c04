import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type CalendarOffer, calendarFile, offerCalendar } from "./ics";

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

  it("says the language of the name and summary (a partner's translation), read by ical.js", () => {
    const ics = offerCalendar(
      offer({ title: "শনিবারের ফুটবল দক্ষতা", summary: "বিনা পয়সায় ফুটবল।", language: "bn" }),
      "2026-11-24",
    );
    expect(unfold(ics)).toContain("SUMMARY;LANGUAGE=bn:শনিবারের ফুটবল দক্ষতা");
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent");
    expect(event?.getFirstProperty("summary")?.getParameter("language")).toBe("bn");
    expect(event?.getFirstPropertyValue("summary")).toBe("শনিবারের ফুটবল দক্ষতা");
    expect(event?.getFirstProperty("description")?.getParameter("language")).toBe("bn");
    // Unknown language: no parameter.
    expect(unfold(offerCalendar(offer(), "2026-11-24"))).toContain("SUMMARY:Junior chess");
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

/**
 * Feeds to subscribe to, read back by an independent iCalendar implementation (Mozilla's ical.js,
 * as used by Thunderbird): the instants it expands the repeats to are what a calendar app shows.
 */
describe("subscribed calendars (.ics feeds) read by ical.js", () => {
  /** Every occurrence's start as a UTC instant, per event summary. */
  function occurrences(ics: string, limit = 30): Map<string, string[]> {
    const root = new ICAL.Component(ICAL.parse(ics));
    for (const zone of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
    const found = new Map<string, string[]>();
    for (const component of root.getAllSubcomponents("vevent")) {
      const event = new ICAL.Event(component);
      const list = found.get(event.summary) ?? [];
      const iterator = event.iterator();
      for (let next = iterator.next(); next && list.length < limit; next = iterator.next()) {
        list.push(next.toJSDate().toISOString());
      }
      found.set(event.summary, list);
    }
    return found;
  }

  it("keeps a 10:00 session at 10:00 in London across both clock changes, and skips cancelled dates", () => {
    const autumn = calendarFile({
      name: "Free City: Ladywood",
      today: "2026-10-14",
      offers: [
        offer({
          title: "Saturday chess",
          schedules: [weekly(6, 600, 720, "2026-11-14")],
          cancellations: [{ date: day("2026-11-07") }],
        }),
      ],
    });
    expect(autumn).toContain("X-WR-CALNAME:Free City: Ladywood");
    // Clocks go back on Sunday 25 October 2026: 10:00 is 09:00 UTC before, 10:00 UTC after.
    expect(occurrences(autumn).get("Saturday chess")).toEqual([
      "2026-10-17T09:00:00.000Z",
      "2026-10-24T09:00:00.000Z",
      "2026-10-31T10:00:00.000Z",
      "2026-11-14T10:00:00.000Z",
    ]);

    // Clocks go forward on Sunday 28 March 2027.
    const spring = calendarFile({
      today: "2027-03-15",
      offers: [offer({ title: "Sunday swim", schedules: [weekly(7, 8 * 60 + 30, 570, "2027-04-04")] })],
    });
    expect(occurrences(spring).get("Sunday swim")).toEqual([
      "2027-03-21T08:30:00.000Z",
      "2027-03-28T07:30:00.000Z",
      "2027-04-04T07:30:00.000Z",
    ]);
  });

  it("holds several offers with distinct UIDs, cut at the feed's horizon, with a steady stamp", () => {
    const input = {
      today: "2026-11-24",
      until: "2026-12-07",
      offers: [
        offer({ slug: "chess", title: "Chess", changedAt: new Date("2026-11-01T12:00:00Z") }),
        offer({
          slug: "pottery",
          title: "Pottery",
          schedules: [
            weekly(3, 960, 1080),
            {
              kind: "ONE_OFF",
              dayOfWeek: null,
              date: day("2027-01-09"),
              startMinute: 600,
              endMinute: 660,
              validFrom: null,
              validTo: null,
            },
          ],
        }),
      ],
    } satisfies Parameters<typeof calendarFile>[0];
    const ics = calendarFile({ ...input, now: new Date("2026-11-24T10:00:00Z") });
    expect(calendarFile({ ...input, now: new Date("2026-11-24T10:00:00Z") })).toBe(ics);
    const uids = [...unfold(ics).matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
    expect(uids).toEqual(["chess-sa-1000-1200@free-city", "pottery-we-1600-1800@free-city"]);
    // A session added before another leaves the other's UID as it was.
    const added = calendarFile({
      ...input,
      offers: [offer({ slug: "chess", title: "Chess", schedules: [weekly(2, 960, 1020), weekly(6, 600, 720)] })],
    });
    expect([...unfold(added).matchAll(/^UID:(.+)$/gm)].map((m) => m[1])).toEqual([
      "chess-tu-1600-1700@free-city",
      "chess-sa-1000-1200@free-city",
    ]);
    expect(unfold(ics)).toContain("DTSTAMP:20261101T120000Z");
    const found = occurrences(ics);
    expect(found.get("Chess")).toEqual(["2026-11-28T10:00:00.000Z", "2026-12-05T10:00:00.000Z"]);
    // Wednesdays 16:00 GMT until the horizon; the January one-off is beyond it.
    expect(found.get("Pottery")).toEqual(["2026-11-25T16:00:00.000Z", "2026-12-02T16:00:00.000Z"]);
  });
});
