import { AppError, type FeedScope, listFeedOffers, orukId } from "@free-city/api";
import { getDb } from "@free-city/db";
import { addressLine } from "~/components/listing/words";
import { atomFeed } from "~/lib/atom";
import { calendarFile } from "~/lib/ics";
import { type OpenDataBody, openDataGet, openDataOptions } from "./open-data-response";

/** How long a cache may keep a feed: calendar apps refresh every few hours anyway. */
const FEED_MAX_AGE = 900;

/** "ladywood.ics" → the slug and the format; null for anything else. */
export function feedFile(file: string): { slug: string; format: "ics" | "atom" } | null {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(ics|atom)$/.exec(file);
  return match ? { slug: match[1] as string, format: match[2] as "ics" | "atom" } : null;
}

/**
 * A calendar (.ics, to subscribe to with webcal://) or Atom feed of public offers. Built fresh on
 * each request from the database, so it changes as offers change; cacheable for a few minutes
 * with an ETag, like the rest of the open data.
 */
export function feedResponse(request: Request, scope: FeedScope, format: "ics" | "atom"): Promise<Response> {
  return openDataGet(request, (url) => feedBody(url, scope, format), { maxAge: FEED_MAX_AGE });
}

export const feedOptions = openDataOptions;

/**
 * The GET handler of /feeds/districts/<slug>.(ics|atom) and /feeds/categories/<slug>.(ics|atom):
 * a file name that is not a slug and a format is a 404, as JSON like the rest of the open data.
 */
export function slugFeedHandler(kind: "district" | "category") {
  return async (request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> => {
    const file = feedFile((await params).file);
    if (!file) {
      return openDataGet(
        request,
        () => {
          throw new AppError("NOT_FOUND");
        },
        { maxAge: 0 },
      );
    }
    return feedResponse(request, { kind, slug: file.slug }, file.format);
  };
}

async function feedBody(url: URL, scope: FeedScope, format: "ics" | "atom"): Promise<OpenDataBody> {
  const { title, today, until, offers } = await listFeedOffers(getDb(), scope, { upcoming: format === "ics" });
  const origin = url.origin;
  const name =
    scope.kind === "saved"
      ? "Free City: my saved list"
      : `Free City: ${title}${format === "ics" ? "" : " (new and changed)"}`;
  const pageUrl =
    scope.kind === "district"
      ? `${origin}/districts/${scope.slug}`
      : scope.kind === "category"
        ? `${origin}/search?category=${scope.slug}`
        : `${origin}/saved`;
  const file = scope.kind === "saved" ? "saved" : scope.slug;
  if (format === "ics") {
    const body = calendarFile({
      name,
      today,
      until,
      offers: offers.map((offer) => ({
        slug: offer.slug,
        title: offer.title,
        summary: offer.summary,
        url: `${origin}/offers/${offer.slug}`,
        location: offer.venues.map((venue) => `${venue.name}, ${addressLine(venue)}`).join("; "),
        schedules: offer.schedules,
        cancellations: offer.cancellations,
        changedAt: offer.lastModified,
      })),
    });
    return { body, contentType: "text/calendar; charset=utf-8", filename: `${file}.ics` };
  }
  const body = atomFeed({
    id: `${origin}${url.pathname}`,
    title: name,
    selfUrl: `${origin}${url.pathname}`,
    pageUrl,
    emptyUpdated: new Date(`${today}T00:00:00Z`),
    entries: offers.map((offer) => ({
      // The same UUID the Open Referral API gives the offer as a service.
      id: `urn:uuid:${orukId("service", offer.slug)}`,
      title: offer.title,
      summary: offer.summary,
      url: `${origin}/offers/${offer.slug}`,
      updated: offer.lastModified,
      author: offer.organisation.name,
    })),
  });
  return { body, contentType: "application/atom+xml; charset=utf-8" };
}
