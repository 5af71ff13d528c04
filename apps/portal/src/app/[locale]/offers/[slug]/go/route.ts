import { safeWebUrl } from "~/components/listing/words";
import { isLocale, localePath } from "~/i18n/config";
import { loadPublicOffer, recordOfferEvent } from "~/server/offer-events";

/**
 * The "Book" button goes through here so the partner can see how many people clicked it (a
 * daily count, nothing else), then straight on to the booking page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const offer = await loadPublicOffer(slug);
  const target = safeWebUrl(offer?.bookingUrl ?? null);
  if (!offer || !target) {
    const back = new URL(
      localePath(isLocale(locale) ? locale : "en", `/offers/${encodeURIComponent(slug)}`),
      request.url,
    );
    return Response.redirect(back, 303);
  }
  await recordOfferEvent(slug, "take-up");
  return Response.redirect(target, 303);
}
