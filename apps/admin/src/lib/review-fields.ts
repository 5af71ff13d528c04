import type { OfferContent, OfferLanguage } from "@free-city/schemas";
import { cancellationRowsOf, scheduleRowsOf, scheduleWords } from "@free-city/words";
import { OFFER_LANGUAGE_NAMES } from "~/lib/offer-languages";

/** Each field of an offer as a reviewer reads it: a label, and the value in words. */
type Names = { venues: Map<string, string>; categories: Map<string, string> };

const yesNo = (v: unknown) => (v ? "Yes" : "No");
const TAKE_UP = {
  TURN_UP: "Turn up",
  BOOK_AHEAD: "Book ahead",
  SHOW_CODE: "Show a code",
  ASK_AT_DESK: "Ask at the desk",
} as const;

export const REVIEW_FIELDS: {
  key: keyof OfferContent;
  label: string;
  show: (c: OfferContent, names: Names) => string;
}[] = [
  { key: "title", label: "Name", show: (c) => c.title },
  { key: "summary", label: "Summary", show: (c) => c.summary },
  { key: "description", label: "Description", show: (c) => c.description || "–" },
  {
    key: "categoryIds",
    label: "Categories",
    show: (c, n) => c.categoryIds.map((id) => n.categories.get(id) ?? "(removed category)").join(", "),
  },
  { key: "minAge", label: "Youngest age", show: (c) => String(c.minAge) },
  { key: "maxAge", label: "Oldest age", show: (c) => String(c.maxAge) },
  {
    key: "aloneFromAge",
    label: "Alone from age",
    show: (c) => (c.aloneFromAge === null ? "Always with an adult" : String(c.aloneFromAge)),
  },
  { key: "costType", label: "Cost", show: (c) => (c.costType === "FREE" ? "Free" : "Free with a condition") },
  { key: "costCondition", label: "Condition", show: (c) => c.costCondition ?? "–" },
  { key: "capacity", label: "Places", show: (c) => (c.capacity === null ? "–" : String(c.capacity)) },
  {
    key: "schedules",
    label: "When",
    show: (c) => scheduleWords(scheduleRowsOf(c.schedules), []).sessions.join("; ") || "No dates still to come",
  },
  {
    key: "cancellations",
    label: "Not on",
    show: (c) => scheduleWords(scheduleRowsOf(c.schedules), cancellationRowsOf(c.cancellations)).notOn ?? "–",
  },
  {
    key: "venueIds",
    label: "Where",
    show: (c, n) => c.venueIds.map((id) => n.venues.get(id) ?? "(unknown venue)").join(", "),
  },
  { key: "takeUpMethod", label: "How to take it up", show: (c) => TAKE_UP[c.takeUpMethod] },
  { key: "bookingUrl", label: "Booking link", show: (c) => c.bookingUrl ?? "–" },
  { key: "bookingPhone", label: "Booking phone", show: (c) => c.bookingPhone ?? "–" },
  { key: "takeUpCode", label: "Code", show: (c) => c.takeUpCode ?? "–" },
  { key: "takeUpNotes", label: "Take-up notes", show: (c) => c.takeUpNotes || "–" },
  { key: "sendFriendly", label: "SEND-friendly", show: (c) => yesNo(c.sendFriendly) },
  { key: "quietSessions", label: "Quiet sessions", show: (c) => yesNo(c.quietSessions) },
  { key: "accessNotes", label: "Access notes", show: (c) => c.accessNotes || "–" },
  { key: "dbsCheckedStaff", label: "DBS-checked staff", show: (c) => yesNo(c.dbsCheckedStaff) },
  { key: "safeguardingNotes", label: "Safeguarding notes", show: (c) => c.safeguardingNotes || "–" },
  { key: "language", label: "Written in", show: (c) => OFFER_LANGUAGE_NAMES[c.language ?? "en"].english },
  {
    key: "translations",
    label: "Translations",
    show: (c) =>
      Object.entries(c.translations ?? {})
        .map(
          ([code, t]) =>
            `${OFFER_LANGUAGE_NAMES[code as OfferLanguage].english}: ${[t.title, t.summary, t.takeUpNotes].filter(Boolean).join(" / ")}`,
        )
        .join("; ") || "–",
  },
];
