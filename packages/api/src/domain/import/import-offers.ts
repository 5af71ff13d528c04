import { type Database, type Prisma, recordAuditEvent } from "@free-city/db";
import {
  OFFER_IMPORT_COLUMNS,
  OFFER_IMPORT_LIMITS,
  type OfferContent,
  type OfferImportColumn,
  type OfferImportProblem,
  offerContent,
} from "@free-city/schemas";
import type { Actor } from "../actor.ts";
import { uniqueSlug } from "../slug.ts";
import { parseCsv } from "./parse-csv.ts";

const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const COST = { free: "FREE", "free-with-condition": "FREE_WITH_CONDITION" } as const;
const TAKE_UP = {
  "turn-up": "TURN_UP",
  "book-ahead": "BOOK_AHEAD",
  "show-code": "SHOW_CODE",
  "ask-at-desk": "ASK_AT_DESK",
} as const;

/** Which column an `offerContent` field comes from, so the editor's messages name the partner's column. */
const COLUMN_OF: Record<string, OfferImportColumn> = {
  title: "title",
  summary: "summary",
  description: "description",
  categoryIds: "categories",
  minAge: "min_age",
  maxAge: "max_age",
  aloneFromAge: "alone_from_age",
  costType: "cost",
  costCondition: "cost_condition",
  venueIds: "venues",
  cancellations: "cancelled_dates",
  takeUpMethod: "take_up",
  bookingUrl: "booking_url",
  bookingPhone: "booking_phone",
  takeUpCode: "take_up_code",
  takeUpNotes: "take_up_notes",
  sendFriendly: "send_friendly",
  quietSessions: "quiet_sessions",
  accessNotes: "access_notes",
  dbsCheckedStaff: "dbs_checked_staff",
  safeguardingNotes: "safeguarding_notes",
  dayOfWeek: "weekly_day",
  startTime: "start_time",
  endTime: "end_time",
  validFrom: "from_date",
  validTo: "to_date",
  date: "one_off_dates",
};

export type OfferImportReport =
  | { ok: true; rows: number; offers: { row: number; content: OfferContent }[] }
  | { ok: false; rows: number; errors: OfferImportProblem[]; more: number };

type Lookups = { venues: Map<string, string>; categories: Map<string, string> };

/**
 * Reads and checks every row (changing nothing): either every row as offer content, or every
 * problem by row, column and reason (the first 200; `more` counts the rest).
 */
export async function checkOfferImport(db: Database, organisationId: string, csv: string): Promise<OfferImportReport> {
  const parsed = parseCsv(csv);
  const problems: OfferImportProblem[] = parsed.problems.map((p) => ({ row: p.row, column: "", message: p.message }));
  const known = new Set<string>(OFFER_IMPORT_COLUMNS.map((c) => c.name));
  const listOfColumns = OFFER_IMPORT_COLUMNS.map((c) => c.name).join(", ");
  if (parsed.header.length === 0)
    return refuse(
      [{ row: 1, column: "", message: "The file is empty. Start from the template: its first row names the columns." }],
      0,
    );
  for (const name of parsed.header)
    if (!known.has(name))
      problems.push({
        row: 1,
        column: name,
        message: `Unknown column "${name}". The template's columns are: ${listOfColumns}.`,
      });
  for (const column of OFFER_IMPORT_COLUMNS) {
    if (column.required && !parsed.header.includes(column.name))
      problems.push({
        row: 1,
        column: column.name,
        message: `The column "${column.name}" is missing. Start from the template.`,
      });
  }
  if (parsed.rows.length === 0)
    problems.push({ row: 2, column: "", message: "There are no offers in the file, only the column names." });
  if (parsed.rows.length > OFFER_IMPORT_LIMITS.rows)
    problems.push({
      row: OFFER_IMPORT_LIMITS.rows + 2,
      column: "",
      message: `Up to ${OFFER_IMPORT_LIMITS.rows} offers at a time: split the file.`,
    });
  if (problems.length > 0) return refuse(problems, parsed.rows.length);

  const lookups = await lookupsFor(db, organisationId);
  const offers: { row: number; content: OfferContent }[] = [];
  for (const { row, cells } of parsed.rows) {
    if (cells.length !== parsed.header.length) {
      problems.push({
        row,
        column: "",
        message: `This row has ${cells.length} values but there are ${parsed.header.length} columns. Check for a stray comma, or text with a comma that needs quotes.`,
      });
      continue;
    }
    const value = (name: OfferImportColumn) => (cells[parsed.header.indexOf(name)] ?? "").trim();
    const { content, rowProblems } = rowContent(value, lookups);
    const result = offerContent.safeParse(content);
    for (const p of rowProblems) problems.push({ row, ...p });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = [...issue.path].reverse().find((k) => typeof k === "string" && COLUMN_OF[k]) as
          | string
          | undefined;
        const column = field ? (COLUMN_OF[field] ?? "") : "";
        if (!rowProblems.some((p) => p.column === column)) problems.push({ row, column, message: issue.message });
      }
    } else if (rowProblems.length === 0) offers.push({ row, content: result.data });
  }
  if (problems.length > 0) return refuse(problems, parsed.rows.length);
  return { ok: true, rows: parsed.rows.length, offers };
}

function refuse(problems: OfferImportProblem[], rows: number): OfferImportReport {
  // One message per row and column is enough to act on.
  const seen = new Set<string>();
  const unique = problems.filter((p) => !seen.has(`${p.row}|${p.column}`) && seen.add(`${p.row}|${p.column}`));
  return {
    ok: false,
    rows,
    errors: unique.slice(0, OFFER_IMPORT_LIMITS.reportedErrors),
    more: Math.max(0, unique.length - OFFER_IMPORT_LIMITS.reportedErrors),
  };
}

async function lookupsFor(db: Database, organisationId: string): Promise<Lookups> {
  const [venues, categories] = await Promise.all([
    db.venue.findMany({
      where: { organisationId, status: { not: "ARCHIVED" } },
      select: { id: true, name: true, slug: true },
    }),
    db.category.findMany({ where: { archivedAt: null, mergedIntoId: null }, select: { id: true, slug: true } }),
  ]);
  return {
    venues: new Map(venues.flatMap((v) => [[v.name.trim().toLowerCase(), v.id] as const, [v.slug, v.id] as const])),
    categories: new Map(categories.map((c) => [c.slug, c.id])),
  };
}

const list = (text: string) =>
  text
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);

/** One row as offer content, with the problems only a look-up can find (unknown venue, day, yes/no). */
function rowContent(value: (name: OfferImportColumn) => string, lookups: Lookups) {
  const rowProblems: { column: string; message: string }[] = [];
  const number = (name: OfferImportColumn) =>
    value(name) === "" ? null : Number.isFinite(Number(value(name))) ? Number(value(name)) : value(name);
  const yesNo = (name: OfferImportColumn) => {
    const v = value(name).toLowerCase();
    if (["yes", "y", "true", "1"].includes(v)) return true;
    if (["no", "n", "false", "0", ""].includes(v)) return false;
    rowProblems.push({ column: name, message: "Write yes or no" });
    return false;
  };
  const ids = (name: OfferImportColumn, map: Map<string, string>, what: string, key: (s: string) => string) =>
    list(value(name)).map((item) => {
      const id = map.get(key(item));
      if (!id) rowProblems.push({ column: name, message: `"${item}" is not one of ${what}` });
      return id ?? "";
    });
  const dayText = value("weekly_day").toLowerCase();
  const day = dayText === "" ? null : DAYS.indexOf(dayText) + 1;
  if (day === 0) rowProblems.push({ column: "weekly_day", message: "Write a day of the week, like saturday" });
  const times = { startTime: value("start_time"), endTime: value("end_time") };
  const schedules = [
    ...(day
      ? [
          {
            kind: "WEEKLY" as const,
            dayOfWeek: day,
            date: null,
            ...times,
            validFrom: value("from_date") || null,
            validTo: value("to_date") || null,
            venueId: null,
          },
        ]
      : []),
    ...list(value("one_off_dates")).map((date) => ({
      kind: "ONE_OFF" as const,
      dayOfWeek: null,
      date,
      ...times,
      validFrom: null,
      validTo: null,
      venueId: null,
    })),
  ];
  if (schedules.length === 0 && day !== 0)
    rowProblems.push({ column: "weekly_day", message: "Give a weekly_day, or one_off_dates, or both" });
  const cost = COST[value("cost").toLowerCase() as keyof typeof COST];
  const takeUp = TAKE_UP[value("take_up").toLowerCase() as keyof typeof TAKE_UP];
  const content = {
    title: value("title"),
    summary: value("summary"),
    description: value("description"),
    categoryIds: ids("categories", lookups.categories, "the category codes", (s) => s.toLowerCase()),
    minAge: number("min_age"),
    maxAge: number("max_age"),
    aloneFromAge: number("alone_from_age"),
    costType: cost ?? value("cost"),
    costCondition: value("cost_condition") || null,
    capacity: null,
    schedules,
    cancellations: list(value("cancelled_dates")).map((date) => ({ date, reason: "" })),
    venueIds: ids("venues", lookups.venues, "your venues", (s) => s.toLowerCase()),
    takeUpMethod: takeUp ?? value("take_up"),
    bookingUrl: value("booking_url") || null,
    bookingPhone: value("booking_phone") || null,
    takeUpCode: value("take_up_code") || null,
    takeUpNotes: value("take_up_notes"),
    sendFriendly: yesNo("send_friendly"),
    quietSessions: yesNo("quiet_sessions"),
    accessNotes: value("access_notes"),
    dbsCheckedStaff: yesNo("dbs_checked_staff"),
    safeguardingNotes: value("safeguarding_notes"),
  };
  return { content, rowProblems };
}

/**
 * Imports a checked file as drafts, all in one transaction: every offer, or (if anything fails
 * part-way) none. Each draft is a normal offer with its first revision holding the row's content,
 * so the partner checks it in the editor and submits it like any other.
 */
export async function createImportedOffers(
  db: Database,
  actor: Actor,
  organisationId: string,
  offers: { row: number; content: OfferContent }[],
) {
  return db.$transaction(
    async (tx) => {
      const created: { row: number; offerId: string; title: string }[] = [];
      for (const { row, content } of offers) {
        const offer = await tx.offer.create({
          data: {
            organisationId,
            title: content.title,
            slug: await uniqueSlug(
              content.title,
              async (s) => (await tx.offer.count({ where: { slug: s } })) > 0,
              "offer",
            ),
            createdById: actor.id,
          },
          select: { id: true },
        });
        await tx.offerRevision.create({
          data: { offerId: offer.id, number: 1, status: "DRAFT", content: content as unknown as Prisma.InputJsonValue },
        });
        await recordAuditEvent(tx, {
          actor,
          action: "offer.imported",
          entityType: "offer",
          entityId: offer.id,
          organisationId,
          after: { title: content.title, row },
        });
        created.push({ row, offerId: offer.id, title: content.title });
      }
      await recordAuditEvent(tx, {
        actor,
        action: "offers.imported",
        entityType: "organisation",
        entityId: organisationId,
        organisationId,
        after: { count: created.length },
      });
      return created;
    },
    { timeout: 120_000 },
  );
}

/** Checks the file again (it may have changed since it was shown) and imports it all, or nothing. */
export async function importOffers(db: Database, actor: Actor, input: { organisationId: string; csv: string }) {
  const report = await checkOfferImport(db, input.organisationId, input.csv);
  if (!report.ok) return report;
  return {
    ok: true as const,
    rows: report.rows,
    created: await createImportedOffers(db, actor, input.organisationId, report.offers),
  };
}
