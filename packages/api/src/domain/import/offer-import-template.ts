import type { Database } from "@free-city/db";
import { OFFER_IMPORT_COLUMNS, type OfferImportColumn, toCsv } from "@free-city/schemas";

/** The template: every column, and two example rows that import as they are (with the organisation's own venue). */
export async function offerImportTemplate(db: Database, organisationId: string) {
  const [venue, categories] = await Promise.all([
    db.venue.findFirst({
      where: { organisationId, status: { not: "ARCHIVED" } },
      orderBy: { name: "asc" },
      select: { name: true },
    }),
    db.category.findMany({
      where: { archivedAt: null, mergedIntoId: null },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      take: 2,
      select: { slug: true },
    }),
  ]);
  const venueName = venue?.name ?? "Your venue's name";
  const year = new Date().getUTCFullYear() + 1;
  const examples: Partial<Record<OfferImportColumn, string>>[] = [
    {
      title: "Saturday football skills",
      summary: "Learn new football skills and play friendly matches. All abilities welcome.",
      description: "Wear trainers and bring a drink.\n\nWe have spare shin pads.",
      categories: categories[0]?.slug ?? "",
      min_age: "8",
      max_age: "14",
      alone_from_age: "11",
      cost: "free",
      venues: venueName,
      weekly_day: "saturday",
      start_time: "10:00",
      end_time: "12:00",
      from_date: `${year}-01-09`,
      to_date: `${year}-07-17`,
      cancelled_dates: `${year}-04-03`,
      take_up: "turn-up",
      send_friendly: "yes",
      dbs_checked_staff: "yes",
      safeguarding_notes: "All coaches are DBS-checked.",
    },
    {
      title: "Half-term art day",
      summary: "A day of painting, printing and clay for young artists. Materials provided.",
      categories: categories.map((c) => c.slug).join(";"),
      min_age: "7",
      max_age: "12",
      cost: "free-with-condition",
      cost_condition: "free with a library card",
      venues: venueName,
      start_time: "10:00",
      end_time: "15:00",
      one_off_dates: `${year}-02-16;${year}-02-17`,
      take_up: "book-ahead",
      booking_url: "https://example.org/book",
      quiet_sessions: "yes",
      dbs_checked_staff: "yes",
    },
  ];
  const header = OFFER_IMPORT_COLUMNS.map((c) => c.name);
  const csv = toCsv([header, ...examples.map((row) => header.map((name) => row[name] ?? ""))]);
  return { filename: "free-city-offers-template.csv", csv };
}
