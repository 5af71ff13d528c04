import { addDays, type Database, todayInCity } from "@free-city/db";
import { AppError } from "../../errors.ts";
import { countPublishedReactions } from "../voice/count-published-reactions.ts";
import { COUNTS, type Counts, mondayOf } from "./insight-counts.ts";

const zero = (): Counts => ({ views: 0, saves: 0, takeUpClicks: 0, calendarAdds: 0 });

/**
 * One offer's counts per week (Monday to Sunday, London dates), newest first, the weeks with
 * nothing in them included as zeros, and its totals since it was first counted; and what young
 * people said about it once a moderator published it (reaction counts and the comments, newest
 * first). Only the portal's daily totals and anonymous feedback exist: nothing about any person.
 */
export async function getOfferInsights(
  db: Database,
  input: { organisationId: string; offerId: string; weeks: number },
  now = new Date(),
) {
  const offer = await db.offer.findFirst({
    where: { id: input.offerId, organisationId: input.organisationId },
    select: { id: true },
  });
  if (!offer) throw new AppError("NOT_FOUND");
  const thisMonday = mondayOf(todayInCity(now));
  const firstMonday = addDays(thisMonday, -7 * (input.weeks - 1));
  const [days, totals, reactions, comments] = await Promise.all([
    db.offerDailyStat.findMany({
      where: { offerId: offer.id, day: { gte: new Date(`${firstMonday}T00:00:00Z`) } },
      select: { day: true, views: true, saves: true, takeUpClicks: true, calendarAdds: true },
    }),
    db.offerDailyStat.aggregate({
      where: { offerId: offer.id },
      _sum: { views: true, saves: true, takeUpClicks: true, calendarAdds: true },
    }),
    countPublishedReactions(db, offer.id),
    db.feedback.findMany({
      where: { offerId: offer.id, kind: "REACTION", status: "PUBLISHED", redactedAt: null, comment: { not: "" } },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, reaction: true, comment: true, createdAt: true },
    }),
  ]);
  const weeks = Array.from({ length: input.weeks }, (_, i) => ({ weekStart: addDays(thisMonday, -7 * i), ...zero() }));
  const byMonday = new Map(weeks.map((w) => [w.weekStart, w]));
  for (const day of days) {
    const week = byMonday.get(mondayOf(day.day.toISOString().slice(0, 10)));
    if (week) for (const k of COUNTS) week[k] += day[k];
  }
  return {
    weeks,
    totals: Object.fromEntries(COUNTS.map((k) => [k, totals._sum[k] ?? 0])) as Counts,
    reactions,
    comments,
  };
}
