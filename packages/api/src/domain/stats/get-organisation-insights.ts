import { addDays, type Database, todayInCity } from "@free-city/db";
import { COUNTS, type Counts, mondayOf } from "./insight-counts.ts";

/** Every offer of the organisation that has been live, with its totals over the last `weeks` weeks. */
export async function getOrganisationInsights(
  db: Database,
  input: { organisationId: string; weeks: number },
  now = new Date(),
) {
  const since = addDays(mondayOf(todayInCity(now)), -7 * (input.weeks - 1));
  const [offers, sums] = await Promise.all([
    db.offer.findMany({
      where: { organisationId: input.organisationId, publishedAt: { not: null } },
      select: { id: true, title: true, status: true },
      orderBy: { title: "asc" },
    }),
    db.offerDailyStat.groupBy({
      by: ["offerId"],
      where: { offer: { organisationId: input.organisationId }, day: { gte: new Date(`${since}T00:00:00Z`) } },
      _sum: { views: true, saves: true, takeUpClicks: true, calendarAdds: true },
    }),
  ]);
  const byOffer = new Map(sums.map((s) => [s.offerId, s._sum]));
  return offers.map((o) => {
    const sum = byOffer.get(o.id);
    return {
      offerId: o.id,
      title: o.title,
      status: o.status,
      ...(Object.fromEntries(COUNTS.map((k) => [k, sum?.[k] ?? 0])) as Counts),
    };
  });
}
