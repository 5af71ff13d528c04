import { dateOnly } from "@free-city/db";
import { describe, expect, it } from "vitest";
import { WORD_LOCALES, type WordLocale } from "./languages.ts";
import type { ScheduleRow } from "./schedule-words.ts";
import * as words from "./schedule-words.ts";
import { once, spaces, weekly } from "./test-rows.ts";

// Tuesday 1 December 2026.
const TODAY = "2026-12-01";

const saturdays = [weekly(6, "10:00", "12:00", null, "2026-12-19")];
const sessions = (schedules: ScheduleRow[], locale: WordLocale) =>
  words.scheduleWords(schedules, [], TODAY, locale).sessions.map(spaces);

describe("the words in each language", () => {
  it("writes a weekly session with its end date in each language", () => {
    expect(sessions(saturdays, "en")).toEqual(["Saturdays 10:00–12:00 until 19 December"]);
    expect(sessions(saturdays, "ur")).toEqual(["ہر ہفتہ، 10:00 صبح – 12:00 دوپہر، 19 دسمبر تک"]);
    expect(sessions(saturdays, "ar")).toEqual(["أيام السبت، 10:00 ص – 12:00 م، حتى 19 ديسمبر"]);
    expect(sessions(saturdays, "bn")).toEqual(["প্রতি শনিবার, ১০:০০ সকাল – ১২:০০ দুপুর, ১৯ ডিসেম্বর পর্যন্ত"]);
    expect(sessions(saturdays, "pl")).toEqual(["W soboty 10:00–12:00 do 19 grudnia"]);
  });

  it("writes Urdu and Arabic with the digits 0–9, and Bengali with its own digits", () => {
    for (const locale of ["ur", "ar"] as const) {
      const text = sessions(saturdays, locale).join(" ");
      expect(text, locale).toMatch(/19/);
      expect(text, locale).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
    }
    const bengali = sessions(saturdays, "bn").join(" ");
    expect(bengali).toMatch(/১৯/);
    expect(bengali).not.toMatch(/[0-9]/);
  });

  it("uses 24-hour times in English and Polish, and the time of day in words in Urdu and Bengali", () => {
    const evening = [weekly(2, "18:00", "19:30", null, null)];
    expect(sessions(evening, "en")[0]).toContain("18:00–19:30");
    expect(sessions(evening, "pl")[0]).toContain("18:00–19:30");
    expect(sessions(evening, "ur")[0]).toContain("شام");
    expect(sessions(evening, "bn")[0]).toContain("সন্ধ্যা");
    // Never the Latin "AM"/"PM" on a page in another script.
    for (const locale of ["ur", "ar", "bn"] as const)
      expect(sessions([...evening, ...saturdays], locale).join(" "), locale).not.toMatch(/[A-Za-z]/);
  });

  it("says Polish days in the right case: plural for weekly, genitive in a range, 'we' before wtorki", () => {
    const holiday = [1, 2, 3, 4, 5].map((day) => weekly(day, "10:00", "15:00", "2026-12-21", "2027-01-01"));
    expect(sessions(holiday, "pl")).toEqual(["Od poniedziałku do piątku 10:00–15:00, od 21 grudnia do 1 stycznia"]);
    expect(sessions([weekly(2, "17:00", "19:00", null, null), weekly(4, "17:00", "19:00", null, null)], "pl")).toEqual([
      "We wtorki i w czwartki 17:00–19:00",
    ]);
  });

  it("lists cancelled dates with the language's own 'or'", () => {
    const cancelled = [{ date: dateOnly("2026-12-05") }, { date: dateOnly("2026-12-12") }];
    const notOn = (locale: WordLocale) => spaces(words.scheduleWords(saturdays, cancelled, TODAY, locale).notOn ?? "");
    expect(notOn("en")).toBe("Not on 5 December or 12 December");
    expect(notOn("ur")).toBe("5 دسمبر یا 12 دسمبر کو نہیں ہوگا");
    expect(notOn("ar")).toBe("لا يقام يوم 5 ديسمبر أو 12 ديسمبر");
    expect(notOn("bn")).toBe("৫ ডিসেম্বর বা ১২ ডিসেম্বর হবে না");
    expect(notOn("pl")).toBe("Nie odbędzie się 5 grudnia lub 12 grudnia");
  });

  it("says today and tomorrow in each language", () => {
    const today = (locale: WordLocale) => spaces(words.upcomingDateWords(TODAY, TODAY, locale));
    const tomorrow = (locale: WordLocale) => spaces(words.upcomingDateWords("2026-12-02", TODAY, locale));
    expect(today("en")).toBe("Today, Tuesday 1 December");
    expect(today("ur")).toBe("آج، منگل، 1 دسمبر");
    expect(today("ar")).toBe("اليوم، الثلاثاء، 1 ديسمبر");
    expect(today("bn")).toBe("আজ, মঙ্গলবার ১ ডিসেম্বর");
    expect(today("pl")).toBe("Dzisiaj, wtorek, 1 grudnia");
    expect(tomorrow("pl")).toBe("Jutro, środa, 2 grudnia");
  });

  it("keeps wall-clock times on the day the clocks change (29 March and 25 October 2026)", () => {
    for (const date of ["2026-03-29", "2026-10-25"]) {
      const early = [once(date, "01:30", "02:30")];
      const text = spaces(words.scheduleWords(early, [], "2026-03-01", "en").sessions[0] ?? "");
      expect(text, date).toContain("01:30–02:30");
      expect(spaces(words.timesOn(early, date, "pl"))).toBe("01:30–02:30");
      expect(words.nextDates(early, [], "2026-03-01", 5)).toEqual([date]);
    }
  });

  it("writes a venue's opening hours in each language", () => {
    const rows = [1, 2, 3, 4, 5].map((day) => ({ day, opens: "10:00", closes: "20:00" }));
    expect(words.openingHoursWords(rows, "pl").map(spaces)).toEqual([
      "Od poniedziałku do piątku: 10:00–20:00",
      "Nieczynne: sobota i niedziela",
    ]);
    expect(words.openingHoursWords(rows, "ar").map(spaces)).toEqual([
      "من الاثنين إلى الجمعة: 10:00 ص – 8:00 م",
      "مغلق يوم السبت والأحد",
    ]);
  });

  it("keeps a date and a time range on one line (no-break spaces)", () => {
    for (const locale of WORD_LOCALES) {
      expect(words.dateWords("2026-12-20", TODAY, locale), locale).not.toContain(" ");
      expect(words.timeRangeWords(600, 720, locale), locale).not.toMatch(/[ \u2009]/);
    }
  });

  it("has every phrase in every language (nothing falls back to English)", () => {
    const english = sessions(saturdays, "en")[0];
    for (const locale of WORD_LOCALES.filter((l) => l !== "en"))
      expect(sessions(saturdays, locale)[0], locale).not.toBe(english);
  });
});
