import { describe, expect, it } from "vitest";
import * as words from "./schedule-words.ts";
import { minuteOfDayInCity, nextDates, type ScheduleRow } from "./schedule-words.ts";
import { at, notOn, once, spaces, weekly } from "./test-rows.ts";

const dateWords = (...args: Parameters<typeof words.dateWords>) => spaces(words.dateWords(...args));
const dayListWords = (...args: Parameters<typeof words.dayListWords>) => spaces(words.dayListWords(...args));
const upcomingDateWords = (...args: Parameters<typeof words.upcomingDateWords>) =>
  spaces(words.upcomingDateWords(...args));
const timesOn = (...args: Parameters<typeof words.timesOn>) => spaces(words.timesOn(...args));
const openingHoursWords = (...args: Parameters<typeof words.openingHoursWords>) =>
  words.openingHoursWords(...args).map(spaces);
function scheduleWords(...args: Parameters<typeof words.scheduleWords>) {
  const result = words.scheduleWords(...args);
  return { sessions: result.sessions.map(spaces), notOn: result.notOn === null ? null : spaces(result.notOn) };
}

// Tuesday 1 December 2026.
const TODAY = "2026-12-01";
const sessions = (schedules: ScheduleRow[]) => scheduleWords(schedules, [], TODAY).sessions;

describe("scheduleWords", () => {
  it("says until when a weekly session has an end date", () => {
    expect(sessions([weekly(6, "10:00", "12:00", "2026-09-05", "2026-12-19")])).toEqual([
      "Saturdays 10:00–12:00 until 19 December",
    ]);
  });

  it("leaves out the dates when it runs on and on", () => {
    expect(sessions([weekly(6, "10:00", "12:00", "2026-09-05", null)])).toEqual(["Saturdays 10:00–12:00"]);
    expect(sessions([weekly(6, "10:00", "12:00", null, null)])).toEqual(["Saturdays 10:00–12:00"]);
  });

  it("says from when it starts in the future, and both dates when it also ends", () => {
    expect(sessions([weekly(2, "17:00", "19:00", "2027-01-05", null)])).toEqual([
      "Tuesdays 17:00–19:00 from 5 January",
    ]);
    expect(sessions([weekly(2, "17:00", "19:00", "2027-01-05", "2027-03-23")])).toEqual([
      "Tuesdays 17:00–19:00, 5 January to 23 March",
    ]);
  });

  it("merges a holiday programme's weekdays into one line", () => {
    const holiday = [1, 2, 3, 4, 5].map((day) => weekly(day, "10:00", "15:00", "2026-12-21", "2027-01-01"));
    expect(sessions(holiday)).toEqual(["Monday to Friday 10:00–15:00, 21 December to 1 January"]);
  });

  it("merges days with the same times, even when they started on different past dates", () => {
    expect(
      sessions([
        weekly(4, "17:00", "19:00", "2026-09-10", "2027-03-25"),
        weekly(1, "17:00", "19:00", "2026-08-03", "2027-03-25"),
      ]),
    ).toEqual(["Mondays and Thursdays 17:00–19:00 until 25 March"]);
  });

  it("keeps days with different times or dates on their own lines, in week order", () => {
    expect(
      sessions([
        weekly(6, "10:00", "12:00", null, null),
        weekly(3, "16:00", "17:30", null, null),
        weekly(3, "18:00", "19:00", null, "2026-12-16"),
      ]),
    ).toEqual(["Wednesdays 16:00–17:30", "Wednesdays 18:00–19:00 until 16 December", "Saturdays 10:00–12:00"]);
  });

  it("says one-off sessions with their day and date, grouping times on the same date", () => {
    expect(sessions([once("2026-12-12", "14:00", "16:00")])).toEqual(["Saturday 12 December, 14:00–16:00"]);
    expect(
      sessions([
        once("2026-12-12", "14:00", "16:00"),
        once("2026-12-05", "10:00", "11:00"),
        once("2026-12-12", "10:00", "12:00"),
      ]),
    ).toEqual(["Saturday 5 December, 10:00–11:00", "Saturday 12 December, 10:00–12:00 and 14:00–16:00"]);
  });

  it("puts weekly sessions before one-off dates", () => {
    expect(sessions([once("2026-12-12", "14:00", "16:00"), weekly(7, "11:00", "13:00", null, null)])).toEqual([
      "Sundays 11:00–13:00",
      "Saturday 12 December, 14:00–16:00",
    ]);
  });

  it("leaves out sessions that are over, and counts today as still to come", () => {
    expect(
      sessions([weekly(6, "10:00", "12:00", "2026-06-06", "2026-11-28"), once("2026-11-30", "10:00", "12:00")]),
    ).toEqual([]);
    expect(sessions([once(TODAY, "18:00", "20:00")])).toEqual(["Tuesday 1 December, 18:00–20:00"]);
    expect(sessions([weekly(2, "18:00", "20:00", "2026-09-01", TODAY)])).toEqual([
      "Tuesdays 18:00–20:00 until 1 December",
    ]);
  });

  it("says which dates are cancelled, only those still to come and on a session day", () => {
    const saturdays = [weekly(6, "10:00", "12:00", "2026-09-05", "2027-03-27")];
    // 28 November is past; 13 December is a Sunday, when nothing happens anyway.
    expect(scheduleWords(saturdays, notOn("2026-11-28", "2026-12-12", "2026-12-13"), TODAY).notOn).toBe(
      "Not on 12 December",
    );
    expect(scheduleWords(saturdays, notOn("2026-12-26", "2026-12-19"), TODAY).notOn).toBe(
      "Not on 19 December or 26 December",
    );
    expect(scheduleWords(saturdays, notOn("2027-01-02", "2026-12-19", "2026-12-26"), TODAY).notOn).toBe(
      "Not on 19 December, 26 December or 2 January",
    );
    expect(scheduleWords(saturdays, notOn("2026-11-28"), TODAY).notOn).toBeNull();
    expect(scheduleWords(saturdays, [], TODAY).notOn).toBeNull();
  });
});

describe("dayListWords", () => {
  it.each([
    [[1], "plural", "Mondays"],
    [[1, 4], "plural", "Mondays and Thursdays"],
    [[6, 7], "plural", "Saturdays and Sundays"],
    [[1, 2, 4], "plural", "Mondays, Tuesdays and Thursdays"],
    [[1, 2, 3, 5], "plural", "Monday to Wednesday and Fridays"],
    [[5, 1, 3, 2, 4], "plural", "Monday to Friday"],
    [[1, 2, 3, 4, 5, 6, 7], "plural", "Every day"],
    [[6, 7], "singular", "Saturday and Sunday"],
    [[1, 1, 2, 3], "singular", "Monday to Wednesday"],
  ] as const)("%j (%s) → %s", (days, form, words) => expect(dayListWords([...days], form)).toBe(words));
});

describe("dateWords", () => {
  it("leaves out the year this year and in the next few months", () => {
    expect(dateWords("2026-12-20", TODAY)).toBe("20 December");
    expect(dateWords("2026-03-01", TODAY)).toBe("1 March");
    expect(dateWords("2027-01-01", TODAY)).toBe("1 January");
    expect(dateWords("2027-05-31", TODAY)).toBe("31 May");
  });

  it("says the year when it could be misread", () => {
    expect(dateWords("2027-06-30", TODAY)).toBe("30 June 2027");
    expect(dateWords("2025-12-20", TODAY)).toBe("20 December 2025");
  });

  it("says today and tomorrow", () => {
    expect(upcomingDateWords("2026-12-01", TODAY)).toBe("Today, Tuesday 1 December");
    expect(upcomingDateWords("2026-12-02", TODAY)).toBe("Tomorrow, Wednesday 2 December");
    expect(upcomingDateWords("2026-12-05", TODAY)).toBe("Saturday 5 December");
    expect(upcomingDateWords("2027-01-01", "2026-12-31")).toBe("Tomorrow, Friday 1 January");
  });
});

describe("nextDates", () => {
  const saturdays = weekly(6, "10:00", "12:00", "2026-09-05", "2027-03-27");

  it("lists the next five session dates from a date", () => {
    expect(nextDates([saturdays], [], TODAY)).toEqual([
      "2026-12-05",
      "2026-12-12",
      "2026-12-19",
      "2026-12-26",
      "2027-01-02",
    ]);
    expect(nextDates([saturdays], [], TODAY, 2)).toEqual(["2026-12-05", "2026-12-12"]);
  });

  it("skips cancelled dates", () => {
    expect(nextDates([saturdays], notOn("2026-12-12", "2026-12-26"), TODAY, 3)).toEqual([
      "2026-12-05",
      "2026-12-19",
      "2027-01-02",
    ]);
  });

  it("respects the first and last dates", () => {
    expect(nextDates([weekly(6, "10:00", "12:00", "2026-09-05", "2026-12-12")], [], TODAY)).toEqual([
      "2026-12-05",
      "2026-12-12",
    ]);
    expect(nextDates([weekly(2, "17:00", "19:00", "2027-01-05", null)], [], TODAY, 2)).toEqual([
      "2027-01-05",
      "2027-01-12",
    ]);
    expect(nextDates([weekly(6, "10:00", "12:00", "2026-06-06", "2026-11-28")], [], TODAY)).toEqual([]);
  });

  it("merges weekly and one-off sessions in date order, one entry per date", () => {
    const schedules = [
      weekly(3, "16:00", "17:30", null, null),
      once("2026-12-05", "13:00", "15:00"),
      once("2026-12-02", "18:00", "19:00"),
      once("2026-11-28", "10:00", "11:00"),
    ];
    expect(nextDates(schedules, [], TODAY, 4)).toEqual(["2026-12-02", "2026-12-05", "2026-12-09", "2026-12-16"]);
  });

  it("includes today, unless today's sessions are already over", () => {
    const tuesdays = [weekly(2, "15:45", "17:15", null, null)];
    expect(nextDates(tuesdays, [], TODAY, 2)).toEqual(["2026-12-01", "2026-12-08"]);
    expect(nextDates(tuesdays, [], TODAY, 2, { nowMinute: at("16:30") })).toEqual(["2026-12-01", "2026-12-08"]);
    expect(nextDates(tuesdays, [], TODAY, 2, { nowMinute: at("17:15") })).toEqual(["2026-12-08", "2026-12-15"]);
  });

  it("finds a one-off more than a year ahead", () => {
    expect(nextDates([once("2028-02-19", "10:00", "12:00")], [], TODAY)).toEqual(["2028-02-19"]);
  });
});

describe("timesOn", () => {
  it("gives the times of the sessions on a date", () => {
    const schedules = [
      weekly(6, "14:00", "16:00", null, null),
      weekly(6, "10:00", "12:00", null, "2026-12-05"),
      once("2026-12-12", "18:00", "19:00"),
    ];
    expect(timesOn(schedules, "2026-12-05")).toBe("10:00–12:00 and 14:00–16:00");
    expect(timesOn(schedules, "2026-12-12")).toBe("14:00–16:00 and 18:00–19:00");
    expect(timesOn(schedules, "2026-12-13")).toBe("");
  });
});

describe("minuteOfDayInCity", () => {
  it("uses London time, across the clock changes", () => {
    expect(minuteOfDayInCity(new Date("2026-12-01T09:30:00Z"))).toBe(at("09:30"));
    expect(minuteOfDayInCity(new Date("2026-07-01T09:30:00Z"))).toBe(at("10:30"));
    // Clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
    expect(minuteOfDayInCity(new Date("2026-03-29T00:59:00Z"))).toBe(at("00:59"));
    expect(minuteOfDayInCity(new Date("2026-03-29T01:00:00Z"))).toBe(at("02:00"));
    expect(minuteOfDayInCity(new Date("2026-10-25T00:30:00Z"))).toBe(at("01:30"));
    expect(minuteOfDayInCity(new Date("2026-10-25T01:30:00Z"))).toBe(at("01:30"));
    expect(minuteOfDayInCity(new Date("2026-12-01T23:59:00Z"))).toBe(at("23:59"));
  });
});

describe("openingHoursWords", () => {
  it("groups days with the same hours", () => {
    const hours = [1, 2, 3, 4, 5].map((day) => ({ day, opens: "10:00", closes: "20:00" }));
    expect(
      openingHoursWords([
        ...hours,
        { day: 6, opens: "10:00", closes: "17:00" },
        { day: 7, opens: "11:00", closes: "15:00" },
      ]),
    ).toEqual(["Monday to Friday: 10:00–20:00", "Saturday: 10:00–17:00", "Sunday: 11:00–15:00"]);
  });

  it("says which days it is closed, and handles a break in the day", () => {
    expect(
      openingHoursWords([
        { day: 3, opens: "13:00", closes: "17:00" },
        { day: 1, opens: "09:00", closes: "17:00" },
        { day: 3, opens: "09:00", closes: "12:00" },
        { day: 5, opens: "09:00", closes: "17:00" },
      ]),
    ).toEqual([
      "Monday and Friday: 09:00–17:00",
      "Wednesday: 09:00–12:00 and 13:00–17:00",
      "Closed on Tuesday, Thursday, Saturday and Sunday",
    ]);
  });

  it("says nothing when no hours are given", () => {
    expect(openingHoursWords([])).toEqual([]);
  });
});
