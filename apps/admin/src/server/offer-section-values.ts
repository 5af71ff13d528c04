import "server-only";
import { OFFER_LANGUAGES, type OfferSection, type SaveOfferSectionInput } from "@free-city/schemas";
import { checkbox, list, numberField, prose, text } from "./form-state";

type Values<S extends OfferSection> = Extract<SaveOfferSectionInput, { section: S }>["values"];

/**
 * A section's form fields as the procedure's input. Nothing is checked here: blanks become
 * null (or "" for optional prose) and the section's zod schema, the same one the procedure uses,
 * says what is wrong, field by field.
 */
export const sectionValues: { [S in OfferSection]: (form: FormData) => Values<S> } = {
  basics: (form) => ({
    title: prose(form, "title"),
    summary: prose(form, "summary"),
    description: prose(form, "description"),
    categoryIds: list(form, "categoryIds"),
  }),
  audience: (form) => ({
    minAge: numberField(form, "minAge") as number,
    maxAge: numberField(form, "maxAge") as number,
    aloneFromAge: form.get("alone") === "no" ? null : numberField(form, "aloneFromAge"),
    costType: (text(form, "costType") ?? "FREE") as Values<"audience">["costType"],
    costCondition: form.get("costType") === "FREE_WITH_CONDITION" ? text(form, "costCondition") : null,
    capacity: numberField(form, "capacity"),
  }),
  when: (form) => ({
    schedules: indexedRows(form, "schedules").map(scheduleRow),
    cancellations: indexedRows(form, "cancellations").map((row) => ({
      date: row.date ?? "",
      reason: row.reason ?? "",
    })),
  }),
  where: (form) => ({ venueIds: list(form, "venueIds") }),
  takeUp: (form) => {
    const method = (text(form, "takeUpMethod") ?? "") as Values<"takeUp">["takeUpMethod"];
    return {
      takeUpMethod: method,
      bookingUrl: method === "BOOK_AHEAD" ? text(form, "bookingUrl") : null,
      bookingPhone: method === "BOOK_AHEAD" ? text(form, "bookingPhone") : null,
      takeUpCode: method === "SHOW_CODE" ? text(form, "takeUpCode") : null,
      takeUpNotes: prose(form, "takeUpNotes"),
    };
  },
  access: (form) => ({
    sendFriendly: checkbox(form, "sendFriendly"),
    quietSessions: checkbox(form, "quietSessions"),
    accessNotes: prose(form, "accessNotes"),
  }),
  safeguarding: (form) => ({
    dbsCheckedStaff: checkbox(form, "dbsCheckedStaff"),
    safeguardingNotes: prose(form, "safeguardingNotes"),
  }),
  languages: (form) => {
    const language = (text(form, "language") ?? "en") as Values<"languages">["language"];
    // A language left wholly blank has no translation; one partly filled in is checked (and refused) as it is.
    const translations = Object.fromEntries(
      OFFER_LANGUAGES.filter((code) => code !== language).flatMap((code) => {
        const row = {
          title: prose(form, `translations.${code}.title`),
          summary: prose(form, `translations.${code}.summary`),
          takeUpNotes: prose(form, `translations.${code}.takeUpNotes`),
        };
        return row.title || row.summary || row.takeUpNotes ? [[code, row]] : [];
      }),
    );
    return { language, translations };
  },
};

/** Rows named `prefix.N.field`, in order of N; a row left wholly blank is dropped. */
function indexedRows(form: FormData, prefix: string): Record<string, string | null>[] {
  const rows = new Map<number, Record<string, string | null>>();
  for (const key of new Set(form.keys())) {
    const match = new RegExp(`^${prefix}\\.(\\d+)\\.(\\w+)$`).exec(key);
    const [, index, field] = match ?? [];
    if (index === undefined || field === undefined) continue;
    const row = rows.get(Number(index)) ?? {};
    row[field] = text(form, key);
    rows.set(Number(index), row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => Object.entries(row).some(([k, v]) => k !== "kind" && v !== null));
}

function scheduleRow(row: Record<string, string | null>): Values<"when">["schedules"][number] {
  const weekly = row.kind !== "ONE_OFF";
  return {
    kind: weekly ? "WEEKLY" : "ONE_OFF",
    dayOfWeek: weekly && row.dayOfWeek ? Number(row.dayOfWeek) : null,
    date: weekly ? null : (row.date ?? null),
    startTime: row.startTime ?? "",
    endTime: row.endTime ?? "",
    validFrom: weekly ? (row.validFrom ?? null) : null,
    validTo: weekly ? (row.validTo ?? null) : null,
    venueId: row.venueId ?? null,
  };
}
