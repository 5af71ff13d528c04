import { loadPublicOffer } from "~/server/offer-events";
import { cardImage } from "~/server/og-card";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ file: string }> };

/** /og/offers/<slug>.png: the offer's card for link previews (public offers only). */
export async function GET(_request: Request, { params }: Params) {
  const slug = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.png$/.exec((await params).file)?.[1];
  const offer = slug ? await loadPublicOffer(slug) : null;
  if (!offer) return new Response("Not found", { status: 404 });
  const ages =
    offer.minAge !== null && offer.maxAge !== null
      ? `Ages ${offer.minAge}–${offer.maxAge}`
      : offer.minAge !== null
        ? `Age ${offer.minAge}+`
        : offer.maxAge !== null
          ? `Up to ${offer.maxAge}`
          : "All ages";
  const place = offer.venues[0]?.district.name;
  return cardImage({
    siteName: "Free City",
    title: offer.title,
    line: offer.summary,
    tags: ["Free", ages, ...(place ? [place] : [])],
  });
}
