import { todayInCity } from "@free-city/db";
import { addressLine } from "~/components/listing/words";
import { offerWordsFor } from "~/components/text/marked";
import { isLocale, localePath } from "~/i18n/config";
import { offerCalendar } from "~/lib/ics";
import { loadPublicOffer, recordOfferEvent } from "~/server/offer-events";

/** "Add to calendar": the offer's sessions as an .ics file, and one more calendar add in its counts. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { slug, locale } = await params;
  const offer = await loadPublicOffer(slug);
  if (!offer) return new Response("Not found", { status: 404 });
  await recordOfferEvent(slug, "calendar");
  const url = new URL(request.url);
  const pageLocale = isLocale(locale) ? locale : "en";
  // The partner's reviewed translation for this language when there is one, as on the offer page.
  const words = offerWordsFor(offer, pageLocale);
  const ics = offerCalendar(
    {
      slug: offer.slug,
      title: words.title,
      summary: words.summary,
      // Words in another language than the page's are said to be, as the page marks them.
      language: "lang" in words.attrs ? words.attrs.lang : undefined,
      // The offer page in the language the calendar was added from.
      url: `${url.origin}${localePath(pageLocale, `/offers/${offer.slug}`)}`,
      location: offer.venues.map((venue) => `${venue.name}, ${addressLine(venue)}`).join("; "),
      schedules: offer.schedules,
      cancellations: offer.cancellations,
    },
    todayInCity(),
  );
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${offer.slug}.ics"`,
      "Cache-Control": "no-store",
    },
  });
}
