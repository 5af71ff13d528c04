import { addDays, type Database, Prisma, todayInCity } from "@free-city/db";
import { parseOfferSearchParams } from "@free-city/schemas";
import { AppError } from "../../errors.ts";
import { publicScheduleSelect, publicVenueSelect, publicVenueWhere } from "../listing/public-shapes.ts";
import { publicOfferWhere } from "../offers/public-offers.ts";
import { prepareOfferSearch } from "../search/search-offers.ts";
import { offerLastModifiedSql, publicMatchesSql, searchSettingsSql } from "../search/search-sql.ts";

/** Calendars cover this many weeks from today; subscribed calendars fetch again and move on. */
export const FEED_WEEKS = 8;
/** The most offers in one feed (a saved list holds far fewer; a district rarely more). */
const FEED_LIMIT = 500;
/** The most offers a saved list's calendar takes from its URL. */
export const SAVED_FEED_MAX = 50;

export type FeedScope =
  | { kind: "district"; slug: string }
  | { kind: "category"; slug: string }
  | { kind: "saved"; slugs: string[] };

/**
 * The public offers behind a calendar or news feed: in a district, in a category (and those under
 * it), or a young person's saved list (slugs from the URL; nothing is stored). `upcoming` keeps
 * offers with a session in the next FEED_WEEKS weeks (calendars); otherwise the most recently
 * approved come first (news). The district and category filters are the portal search's own SQL.
 */
export async function listFeedOffers(db: Database, scope: FeedScope, options: { upcoming: boolean }, now = new Date()) {
  const today = todayInCity(now);
  let title: string;
  let ids: string[];
  if (scope.kind === "saved") {
    title = "";
    const slugs = [...new Set(scope.slugs)].slice(0, SAVED_FEED_MAX);
    ids = (await db.offer.findMany({ where: { ...publicOfferWhere, slug: { in: slugs } }, select: { id: true } })).map(
      (o) => o.id,
    );
  } else {
    const input = parseOfferSearchParams({ [scope.kind]: scope.slug });
    const { search, names } = await prepareOfferSearch(db, input, now);
    const found = scope.kind === "district" ? names.districts[0] : names.categories[0];
    if (!found) throw new AppError("NOT_FOUND");
    title = found.name;
    const window = options.upcoming ? { from: today, to: addDays(today, FEED_WEEKS * 7 - 1) } : null;
    const resolved = { ...search, window, weekdays: window ? [1, 2, 3, 4, 5, 6, 7] : null };
    const [, rows] = await db.$transaction([
      db.$queryRaw(searchSettingsSql),
      db.$queryRaw<{ id: string }[]>(Prisma.sql`
        WITH ${publicMatchesSql(resolved)}
        SELECT o.id FROM matches m JOIN offer o ON o.id = m.id
        ORDER BY ${offerLastModifiedSql()} DESC, o.slug LIMIT ${FEED_LIMIT}`),
    ]);
    ids = rows.map((row) => row.id);
  }
  const offers = await db.offer.findMany({
    where: { ...publicOfferWhere, id: { in: ids } },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      publishedAt: true,
      updatedAt: true,
      liveRevision: { select: { decision: { select: { createdAt: true } } } },
      organisation: { select: { name: true } },
      venues: {
        where: { venue: publicVenueWhere },
        select: { venue: { select: publicVenueSelect } },
        orderBy: { venue: { name: "asc" } },
      },
      ...publicScheduleSelect,
    },
  });
  const order = new Map(ids.map((id, index) => [id, index]));
  return {
    title,
    today,
    until: addDays(today, FEED_WEEKS * 7 - 1),
    offers: offers
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
      .map(({ id: _id, liveRevision, venues, ...offer }) => ({
        ...offer,
        venues: venues.map((v) => v.venue),
        lastModified: liveRevision?.decision?.createdAt ?? offer.publishedAt ?? offer.updatedAt,
      })),
  };
}
export type FeedOffer = Awaited<ReturnType<typeof listFeedOffers>>["offers"][number];
